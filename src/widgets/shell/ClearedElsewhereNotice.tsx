import { useStore } from '@nanostores/react';
import { useContext } from 'react';
import type { Saved } from '~/widgets/stores/saved';
import { HydratedContext } from './live';
import { useText } from './text';

/** Says when another tab or the browser emptied what this page shows, and offers to put it back. */
export function ClearedElsewhereNotice({ store }: { store: Saved<unknown> }) {
  const t = useText();
  const shown = useStore(store.$clearedElsewhere);
  const hydrated = useContext(HydratedContext);
  if (!hydrated || shown === undefined) return null;
  return (
    <div className="notice notice--warning notice--sticky" role="alert" data-testid="cleared-notice">
      <p>
        <strong>{t('saved.clearedHeading', { what: t(`saved.what.${store.kind}`) })}</strong> {t('saved.cleared')}
      </p>
      <ul className="actions">
        <li>
          <button type="button" onClick={() => store.putBack()}>
            {t('saved.putBack')}
          </button>
        </li>
        <li>
          <button type="button" className="button--secondary" onClick={() => store.letGo()}>
            {t('saved.letGo')}
          </button>
        </li>
      </ul>
    </div>
  );
}
