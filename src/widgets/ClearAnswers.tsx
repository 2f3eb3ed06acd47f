import { useEffect, useRef, useState } from 'react';
import { clearAnswers } from './stores/answers';

interface Props {
  markId: string;
  markName: string;
}

/** "Clear this mark's answers", which asks before it deletes anything. */
export function ClearAnswers({ markId, markName }: Props) {
  const [stage, setStage] = useState<'idle' | 'confirming' | 'cleared'>('idle');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (stage === 'confirming') confirmRef.current?.focus();
    // Return focus to the button that opened the question, once it has been answered.
    if (stage !== 'confirming' && moved.current) startRef.current?.focus();
    moved.current = stage === 'confirming';
  }, [stage]);

  return (
    <section className="clear-answers no-print" aria-labelledby={`clear-${markId}`}>
      <h2 id={`clear-${markId}`}>Clear this mark’s answers</h2>
      {stage === 'confirming' ? (
        <div className="notice notice--warning">
          <p>
            This deletes every answer, evidence note and action entered for the {markName} in this browser, on every level. It cannot be
            undone.
          </p>
          <ul className="actions">
            <li>
              <button
                ref={confirmRef}
                type="button"
                className="button--warning"
                onClick={() => {
                  clearAnswers(markId);
                  setStage('cleared');
                }}
              >
                Yes, clear all answers
              </button>
            </li>
            <li>
              <button type="button" className="button--secondary" onClick={() => setStage('idle')}>
                No, keep them
              </button>
            </li>
          </ul>
        </div>
      ) : (
        <p>
          <button ref={startRef} type="button" className="button--secondary" onClick={() => setStage('confirming')}>
            Clear this mark’s answers…
          </button>
        </p>
      )}
      <p role="status" className="source-note">
        {stage === 'cleared' ? 'All answers for this mark were cleared.' : ''}
      </p>
    </section>
  );
}
