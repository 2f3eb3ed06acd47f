import { useStore } from '@nanostores/react';
import { useContext } from 'react';
import { $writeFailed, savingOff } from '~/widgets/stores/saved';
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
  // The setting is read in the browser; the server's render and the first client render show nothing.
  const tabOnly = useContext(HydratedContext) && savingOff;
  if (!failed && !tabOnly) return null;
  return (
    <div className="notice notice--warning notice--sticky" role={failed ? 'alert' : undefined} data-testid="unsaved-notice">
      <p>
        {failed ? (
          <>
            <strong>{t('saved.notSavedHeading')}</strong> {t('saved.notSaved')}
          </>
        ) : (
          <>
            <strong>{t('keep.tabOnlyHeading')}</strong> {t('keep.tabOnly')}
          </>
        )}
      </p>
      {keep && (
        <p className="actions">
          <SaveFileButton mark={keep.mark} />
        </p>
      )}
    </div>
  );
}
