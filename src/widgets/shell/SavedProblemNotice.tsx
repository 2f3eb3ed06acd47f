import { useStore } from '@nanostores/react';
import { useContext } from 'react';
import { downloadFile } from '~/widgets/markFile/download';
import type { Saved } from '~/widgets/stores/saved';
import { HydratedContext } from './live';
import { savedProblemText } from './savedProblemText';
import { useText } from './text';

interface Props {
  store: Saved<unknown>;
}

/** Tells the user when saved data could not be read in full, and offers a clean start. */
export function SavedProblemNotice({ store }: Props) {
  const t = useText();
  const problem = useStore(store.$problem);
  const hydrated = useContext(HydratedContext);
  if (!hydrated || !problem) return null;
  const unread = store.unreadText();
  // A static import: a dynamic one would put Vite's 1 KB preload helper on every tool page.
  const download = (text: string) => downloadFile(`${store.key.replaceAll(':', '-')}-unread.json`, text, 'application/json');
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>{t('saved.heading')}</strong> {savedProblemText(t, store.kind, problem)} {t('saved.checkBelow')}
      </p>
      <ul className="actions">
        <li>
          <button type="button" className="button--secondary" onClick={() => store.dismissProblem()}>
            {t('saved.keep')}
          </button>
        </li>
        {unread !== undefined && (
          <li>
            <button type="button" className="button--secondary" onClick={() => download(unread)}>
              {t('saved.downloadUnread')}
            </button>
          </li>
        )}
        <li>
          <button type="button" className="button--warning" onClick={() => store.reset()}>
            {t('saved.startAgain')}
          </button>
        </li>
      </ul>
    </div>
  );
}
