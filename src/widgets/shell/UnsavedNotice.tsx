import { useStore } from '@nanostores/react';
import { useContext } from 'react';
import { $writeFailed, savingOff, storageFullAtLoad } from '~/widgets/stores/saved';
import { $savingOffElsewhere, storageBlocked } from '~/widgets/stores/storageState';
import type { KeepProps } from './keep';
import { HydratedContext } from './live';
import { SaveFileButton } from './SaveFileButton';
import { useText } from './text';

/**
 * Says at once when the browser would not store the last change, or that the user chose not to
 * save on this device, and offers a file, so no work is lost without a word.
 */
export function UnsavedNotice({ keep }: { keep?: KeepProps | undefined }) {
  const t = useText();
  const failed = useStore($writeFailed);
  const offElsewhere = useStore($savingOffElsewhere);
  // The settings are read in the browser; the server's render and the first client render show nothing.
  const hydrated = useContext(HydratedContext);
  // The state that says most: nothing can be stored at all, then a choice made in another tab, then a write refused.
  const [heading, body] = !hydrated
    ? []
    : storageBlocked
      ? (['keep.blockedHeading', 'keep.blocked'] as const)
      : offElsewhere
        ? (['keep.offElsewhereHeading', 'keep.offElsewhere'] as const)
        : failed
          ? ([storageFullAtLoad ? 'saved.fullHeading' : 'saved.notSavedHeading', 'saved.notSaved'] as const)
          : savingOff
            ? (['keep.tabOnlyHeading', 'keep.tabOnly'] as const)
            : [];
  if (!heading) return null;
  return (
    <div
      className="notice notice--warning notice--sticky"
      role={heading === 'keep.tabOnlyHeading' ? undefined : 'alert'}
      data-testid="unsaved-notice"
      data-state={heading.replace(/^\w+\.|Heading$/g, '')}
    >
      <p>
        <strong>{t(heading)}</strong> {t(body)}
      </p>
      {keep && (
        <p className="actions">
          <SaveFileButton mark={keep.mark} />
        </p>
      )}
    </div>
  );
}
