import { useStore } from '@nanostores/react';
import { $writeFailed } from '~/widgets/stores/saved';
import { useText } from './text';

/** Says at once when the browser would not store the last change, so no work is lost without a word. */
export function UnsavedNotice() {
  const t = useText();
  if (!useStore($writeFailed)) return null;
  return (
    <div className="notice notice--warning notice--sticky" role="alert" data-testid="unsaved-notice">
      <p>
        <strong>{t('saved.notSavedHeading')}</strong> {t('saved.notSaved')}
      </p>
    </div>
  );
}
