import { useContext, useEffect, type ReactNode } from 'react';
import { HydratedContext } from './live';
import { StatusTag, VIEW_HEADING, type TaskItem } from './TaskList';
import { useText } from './text';

/** One part: its heading ("Part 3 of 8"), its questions, then "Next: <part>" and "Back to the list". */
export default function TaskPart({
  index,
  anchor,
  items,
  children,
  after,
}: {
  index: number;
  /** The anchor in it the address points at, shown, and focused on the box its gap asks for (data-gap), else its first
   * box; without one the part's heading takes the focus. */
  anchor?: string | undefined;
  items: readonly TaskItem[];
  children: ReactNode;
  /** Shown after the questions, before the way on: the completion panel. */
  after?: ReactNode;
}) {
  const t = useText();
  const item = items[index]!;
  const next = items[index + 1];
  const hydrated = useContext(HydratedContext);
  useEffect(() => {
    if (!hydrated) return undefined;
    const target = anchor ? document.getElementById(anchor) : null;
    if (target) {
      // Shown after the address was read (a search result's link), so not the browser's :target: marked as if it were.
      target.setAttribute('data-landed', '');
      target.scrollIntoView({ block: 'start' });
      (target.querySelector<HTMLElement>('[data-gap]') ?? target.querySelector<HTMLElement>('input, textarea'))?.focus({ preventScroll: true });
      return () => target.removeAttribute('data-landed');
    }
    const heading = document.getElementById(VIEW_HEADING);
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
    return undefined;
  }, [index, anchor, hydrated]);
  return (
    <section className="task-part" aria-labelledby={VIEW_HEADING} data-testid="task-part">
      <p className="task-part__back no-print">
        <a href="#">{t('tasks.backToList')}</a>
      </p>
      <h2 id={VIEW_HEADING} tabIndex={-1}>
        <span className="task-part__count">{t('tasks.partOf', { number: index + 1, count: items.length })}</span> {item.label}
      </h2>
      <p className="task-part__status">
        <StatusTag status={item.status} />
        {item.note && <span className="task-list__note"> {item.note}</span>}
      </p>
      {children}
      {after}
      <ul className="actions task-part__nav no-print">
        {next && (
          <li>
            <a className="button" href={`#${next.id}`}>
              {t('tasks.next', { part: next.label })}
            </a>
          </li>
        )}
        <li>
          <a className={next ? 'button button--secondary' : 'button'} href="#">
            {t('tasks.backToList')}
          </a>
        </li>
      </ul>
    </section>
  );
}
