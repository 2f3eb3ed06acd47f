import { useEffect, useRef, useState } from 'react';
import { useText } from './text';

export interface ClearProps {
  /** Unique on the page, for the heading's id. */
  id: string;
  /** The heading and button: "Clear this mark’s answers". */
  label: string;
  /** What will be deleted, in a sentence: "every answer … in this browser". */
  what: string;
  onClear: () => void;
  /** The confirming button, where "Yes, delete them" would not fit what is deleted. */
  confirm?: string;
}

/** A clear control that asks before it deletes anything, and says when it has. */
export function ClearControl({ id, label, what, onClear, confirm }: ClearProps) {
  const t = useText();
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
    <section className="clear-answers no-print" aria-labelledby={`clear-${id}`} data-pagefind-ignore>
      <h2 id={`clear-${id}`}>{label}</h2>
      {stage === 'confirming' ? (
        <div className="notice notice--warning">
          <p>{t('clear.warning', { what })}</p>
          <ul className="actions">
            <li>
              <button
                ref={confirmRef}
                type="button"
                className="button--warning"
                onClick={() => {
                  onClear();
                  setStage('cleared');
                }}
              >
                {confirm ?? t('clear.confirm')}
              </button>
            </li>
            <li>
              <button type="button" className="button--secondary" onClick={() => setStage('idle')}>
                {t('clear.cancel')}
              </button>
            </li>
          </ul>
        </div>
      ) : (
        <p>
          <button ref={startRef} type="button" className="button--secondary" onClick={() => setStage('confirming')}>
            {t('clear.open', { label })}
          </button>
        </p>
      )}
      <p role="status" className="source-note">
        {stage === 'cleared' ? t('clear.done') : ''}
      </p>
    </section>
  );
}
