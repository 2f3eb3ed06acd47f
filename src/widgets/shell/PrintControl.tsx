import { useContext, useEffect, useId, useState } from 'react';
import { HydratedContext } from './live';
import { useText } from './text';

/** The school's name, kept in this browser only, for printed answers. */
const SCHOOL_KEY = 'qmh:school';

const readSchool = (): string => {
  try {
    return localStorage.getItem(SCHOOL_KEY) ?? '';
  } catch {
    return ''; // Storage blocked: the name is typed again each visit.
  }
};

const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

interface Props {
  /** What the page prints: the tool with its answers (default), or only a blank paper copy. */
  prints?: 'answers' | 'blank' | undefined;
  /** A blank copy to print for discussion. Default: none. */
  blankHref?: string | undefined;
}

/** Prints the tool with its answers, the school's name and the date; links to a blank copy. */
export function PrintControl({ prints = 'answers', blankHref }: Props) {
  const t = useText();
  const id = useId();
  // The saved name and today's date appear once hydrated, so the server's render and the first client render agree.
  const hydrated = useContext(HydratedContext);
  const [typed, setSchool] = useState<string | null>(null);
  const school = typed ?? (hydrated ? readSchool() : '');
  const date = hydrated ? today() : '';

  useEffect(() => {
    // The print date heads every printed sheet (src/styles/print.css reads it in the page's margin box).
    const stamp = () => document.documentElement.style.setProperty('--qm-print-date', JSON.stringify(t('print.dateLine', { date: today() })));
    stamp();
    addEventListener('beforeprint', stamp);
    return () => removeEventListener('beforeprint', stamp);
  }, [t]);

  return (
    <>
      <section className="print-control no-print" aria-labelledby={`print-${id}`}>
        <h2 id={`print-${id}`}>{t('print.heading')}</h2>
        {prints === 'answers' && (
          <>
            <label htmlFor={`print-${id}-school`}>{t('print.school')}</label>
            <input
              id={`print-${id}-school`}
              type="text"
              value={school}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setSchool(value);
                try {
                  if (value) localStorage.setItem(SCHOOL_KEY, value);
                  else localStorage.removeItem(SCHOOL_KEY);
                } catch {
                  // Storage blocked or full: the name still prints this time.
                }
              }}
            />
          </>
        )}
        <ul className="actions">
          <li>
            <button type="button" onClick={() => print()}>
              {t(prints === 'answers' ? 'print.answers' : 'print.blank')}
            </button>
          </li>
          {blankHref && (
            <li>
              <a className="button button--secondary" href={blankHref}>
                {t('print.blank')}
              </a>
            </li>
          )}
        </ul>
      </section>
      {prints === 'answers' && (school || date) && (
        <p className="print-only print-meta" data-testid="print-meta">
          {school && <span>{t('print.schoolLine', { school })}</span>}
          {date && <span>{t('print.dateLine', { date })}</span>}
        </p>
      )}
    </>
  );
}
