import { Fragment, useMemo, type ReactNode } from 'react';
import type { IslandTextKey } from '~/text/en';
import { translator, type TextMap } from '~/text/translate';
import type { Saved } from '~/widgets/stores/saved';
import { ClearControl, type ClearProps } from './ClearControl';
import { ClearedElsewhereNotice } from './ClearedElsewhereNotice';
import { HydratedContext, useHydrated } from './live';
import { SavedProblemNotice } from './SavedProblemNotice';
import { TextContext } from './text';
import { UnsavedNotice } from './UnsavedNotice';

interface Props {
  /** The wrapper's class: "calculator", "readiness"… */
  className: string;
  /** The island's interface text (see src/text), passed as a prop so it costs the page no JavaScript. */
  text: TextMap;
  /** The saved data the tool shows: each gets a notice when it could not be read in full. */
  saved: readonly Saved<unknown>[];
  /** The control that clears the tool's saved data, asking first. Default: none. */
  clear?: ClearProps;
  children: ReactNode;
}

/** What every tool has around it: text, the hydration flag, notices about saved data, and the clear control. */
export function ToolShell({ className, text, saved, clear, children }: Props) {
  const hydrated = useHydrated();
  const t = useMemo(() => translator<IslandTextKey>(text), [text]);
  return (
    <TextContext value={t}>
      <HydratedContext value={hydrated}>
        {/* Not live until hydrated: React would wipe whatever was typed or ticked before it took over. */}
        <div className={className} data-hydrated={hydrated || undefined} inert={!hydrated}>
          <UnsavedNotice />
          {saved.map((store) => (
            <Fragment key={store.key}>
              <SavedProblemNotice store={store} />
              <ClearedElsewhereNotice store={store} />
            </Fragment>
          ))}
          {children}
          {clear && <ClearControl {...clear} />}
        </div>
      </HydratedContext>
    </TextContext>
  );
}
