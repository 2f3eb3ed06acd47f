import type { Persisted } from '~/widgets/stores/persistent';
import { useHydrated, useSaved } from './useSaved';

interface Props {
  store: Persisted<unknown>;
}

/** Tells the user when saved data could not be read in full, and offers a clean start. */
export function SavedAnswersNotice({ store }: Props) {
  const problem = useSaved(store.$problem, undefined, useHydrated());
  if (!problem) return null;
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>Some saved answers could not be read.</strong> {problem} Check what is shown below; anything you change is saved as usual.
      </p>
      <ul className="actions">
        <li>
          <button type="button" className="button--secondary" onClick={() => store.$problem.set(undefined)}>
            Keep what was read
          </button>
        </li>
        <li>
          <button type="button" className="button--warning" onClick={() => store.reset()}>
            Start again with no answers
          </button>
        </li>
      </ul>
    </div>
  );
}
