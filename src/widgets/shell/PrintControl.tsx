import { useContext, useEffect, useId } from 'react';
import { schoolDetails } from '~/widgets/stores/school';
import { HydratedContext, useLive } from './live';
import { dateInWords, useText } from './text';

const today = (t: ReturnType<typeof useText>) => dateInWords(t, new Date());

interface Props {
  /** What the page prints: the tool with its answers (default), or only a blank paper copy. */
  prints?: 'answers' | 'blank' | undefined;
  /** A blank copy to print for discussion. Default: none. */
  blankHref?: string | undefined;
}

/**
 * What heads the printed tool: the school's name and today's date for its answers, and the date in every sheet's
 * margin. It comes before the tool; the control (PrintControl) after it, so a phone's first screen is the tool.
 */
export function PrintMeta({ prints = 'answers' }: Pick<Props, 'prints'>) {
  const t = useText();
  // The saved name and today's date appear once hydrated, so the server's render and the first client render agree.
  const hydrated = useContext(HydratedContext);
  const school = useLive(schoolDetails()).name;
  const date = hydrated ? today(t) : '';

  useEffect(() => {
    // The print date heads every printed sheet (src/styles/print.css reads it in the page's margin box).
    const stamp = () => document.documentElement.style.setProperty('--qm-print-date', JSON.stringify(t('print.dateLine', { date: today(t) })));
    stamp();
    addEventListener('beforeprint', stamp);
    return () => removeEventListener('beforeprint', stamp);
  }, [t]);

  return (
    prints === 'answers' &&
    (school || date) && (
      <p className="print-only print-meta" data-testid="print-meta">
        {school && <span>{t('print.schoolLine', { school })}</span>}
        {date && <span>{t('print.dateLine', { date })}</span>}
      </p>
    )
  );
}

/** Prints the tool with its answers (the school's name to print on them asked here), or a blank copy; links to a blank copy. */
export function PrintControl({ prints = 'answers', blankHref }: Props) {
  const t = useText();
  const id = useId();
  const details = schoolDetails();
  const school = useLive(details).name;

  return (
    <section className="print-control no-print" aria-labelledby={`print-${id}`} data-pagefind-ignore>
      <h2 id={`print-${id}`}>{t('print.heading')}</h2>
      {prints === 'answers' && (
        <>
          <label htmlFor={`print-${id}-school`}>{t('print.school')}</label>
          <input
            id={`print-${id}-school`}
            type="text"
            value={school}
            onChange={(e) => {
              const name = e.currentTarget.value;
              details.update((d) => ({ ...d, name }));
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
  );
}
