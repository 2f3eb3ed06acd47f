import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
import type { IslandTextKey } from '~/text/en';
import { translator, type TextMap } from '~/text/translate';
import type { Saved } from '~/widgets/stores/saved';
import { ClearControl, type ClearProps } from './ClearControl';
import type { KeepProps } from './keep';
import { HydratedContext, useHydrated } from './live';
import { StoreNotices, WhenUnsaved } from './notices';
import { PrintControl, PrintMeta } from './PrintControl';
import { TextContext } from './text';

interface Props {
  /** The wrapper's class: "calculator", "readiness"… */
  className: string;
  /** The island's interface text (see src/text), passed as a prop so it costs the page no JavaScript. */
  text: TextMap;
  /** The saved data the tool shows: each gets a notice when it could not be read in full (as does any other kind the page reads). */
  saved: readonly Saved<unknown>[];
  /** The control that clears the tool's saved data, asking first. Default: none. */
  clear?: ClearProps;
  /** Where a blank copy for discussion is, beside the print control. Default: none. */
  blankHref?: string;
  /** What printing the page gives: the tool with its answers, a blank paper copy, or nothing of its own. Default: answers. */
  prints?: 'answers' | 'blank' | 'none';
  /** The mark whose answers the tool keeps, for saving them to a file from its notices. Default: none. */
  keep?: KeepProps;
  children: ReactNode;
}

/** What every tool has around it: text, the hydration flag, notices about saved data, the print, file and clear controls. */
export function ToolShell({ className, text, saved, clear, blankHref, prints, keep, children }: Props) {
  const hydrated = useHydrated();
  const t = useMemo(() => translator<IslandTextKey>(text), [text]);
  // Offline use (src/offline/register.ts), once the tool is live: reading pages carry no script, so tools register.
  useEffect(() => {
    if ('serviceWorker' in navigator) void import('~/offline/register');
  }, []);
  return (
    <TextContext value={t}>
      <HydratedContext value={hydrated}>
        {/* Not live until hydrated: React would wipe whatever was typed or ticked before it took over. */}
        <div className={className} data-hydrated={hydrated || undefined} inert={!hydrated}>
          <Suspense fallback={null}>
            <WhenUnsaved keep={keep} />
            <StoreNotices saved={saved} />
          </Suspense>
          {prints !== 'none' && <PrintMeta prints={prints} />}
          {children}
          {prints !== 'none' && <PrintControl prints={prints} blankHref={blankHref} />}
          {clear && <ClearControl {...clear} />}
        </div>
      </HydratedContext>
    </TextContext>
  );
}
