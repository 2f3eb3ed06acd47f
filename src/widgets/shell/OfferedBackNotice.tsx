import { useStore } from '@nanostores/react';
import { useContext } from 'react';
import type { Saved } from '~/widgets/stores/saved';
import { HydratedContext } from './live';
import { useText } from './text';

/** Offers back the words typed here that another tab's edit of the same box, made at the same moment, replaced. */
export function OfferedBackNotice({ store }: { store: Saved<unknown> }) {
  const t = useText();
  const offered = useStore(store.$offered);
  const hydrated = useContext(HydratedContext);
  if (!hydrated) return null;
  return offered.map((words) => (
    <div key={words.path} className="notice notice--warning notice--sticky" role="alert" data-testid="offered-notice" data-path={words.path}>
      <p>
        <strong>{t('saved.offeredHeading')}</strong> {t('saved.offered')}
      </p>
      <blockquote className="notice__words" data-testid="offered-words">
        {words.text}
      </blockquote>
      <ul className="actions">
        <li>
          <button type="button" onClick={() => store.putOfferedBack(words)}>
            {t('saved.offeredPutBack')}
          </button>
        </li>
        <li>
          <button type="button" className="button--secondary" onClick={() => store.letOfferedGo(words)}>
            {t('saved.offeredLetGo')}
          </button>
        </li>
      </ul>
    </div>
  ));
}
