import { useStore } from '@nanostores/react';
import { clearAnswers, markStores } from './stores/answers';

interface Props {
  markId: string;
}

/** Tells the user when saved answers could not be read in full, and offers a clean start. */
export function SavedAnswersNotice({ markId }: Props) {
  const { $problem } = markStores(markId);
  const problem = useStore($problem);
  if (!problem) return null;
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>Some saved answers could not be read.</strong> {problem} Check the answers below; anything you change is saved as usual.
      </p>
      <ul className="actions">
        <li>
          <button type="button" className="button--secondary" onClick={() => $problem.set(undefined)}>
            Keep what was read
          </button>
        </li>
        <li>
          <button type="button" className="button--warning" onClick={() => clearAnswers(markId)}>
            Start again with no answers
          </button>
        </li>
      </ul>
    </div>
  );
}
