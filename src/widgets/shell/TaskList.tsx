import { lazy, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { viewOf, type TaskStatus, type TaskView } from '~/frameworks/tasks/taskList';
import { HydratedContext } from './live';
import { useText } from './text';

// The task list (GOV.UK's "complete multiple tasks") shared by every long tool: an overview of the parts
// with their statuses, one part at a time, and the address's hash saying which, so the browser's back
// and forward buttons and a reload return to the same place.

const subscribe = (onChange: () => void) => {
  addEventListener('hashchange', onChange);
  return () => removeEventListener('hashchange', onChange);
};

/** One part of the form (./TaskPart), loaded when a part is first opened: the list comes first. */
export const TaskPart = lazy(() => import('./TaskPart'));

/** The id of the heading that takes the focus when the view changes. */
export const VIEW_HEADING = 'task-view-heading';

/**
 * The view the address asks for, kept in step with it. The server and the first client render show
 * the list; after a change the new view's heading takes the focus (a part's, or the anchor it points at: TaskPart).
 */
export function useTaskView(parts: readonly { id: string; anchors: readonly string[] }[]): TaskView {
  const hash = useSyncExternalStore(
    subscribe,
    () => location.hash,
    () => '',
  );
  const view = viewOf(hash, parts);
  const first = useRef(true);
  // The tool is inert until hydrated: nothing in it can take the focus before then.
  const hydrated = useContext(HydratedContext);
  useEffect(() => {
    if (!hydrated) return;
    const initial = first.current;
    first.current = false;
    if (initial && hash === '') return;
    // A part takes the focus itself once it is there: its view loads on first use (TaskPart).
    if (view.kind === 'part') return;
    const heading = document.getElementById(VIEW_HEADING);
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }, [hash, hydrated]); // eslint-disable-line react-hooks/exhaustive-deps -- the view follows the hash alone
  return view;
}

/** True while the page is being printed: the answers print whole, every part, whichever is on screen. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/** A part's status as a tag: "Not started", "In progress, 3 of 6", "Completed". */
export function StatusTag({ status }: { status: TaskStatus }) {
  const t = useText();
  const words =
    status.kind === 'completed'
      ? t('tasks.completed')
      : status.kind === 'notStarted'
        ? t('tasks.notStarted')
        : t('tasks.inProgress', { done: status.done, total: status.total });
  return <strong className={`task-list__status task-list__status--${status.kind}`}>{words}</strong>;
}

export interface TaskItem {
  id: string;
  label: string;
  status: TaskStatus;
  /** What the part adds to the verdict: "4 of 6 met · 1 needs an action". */
  note?: ReactNode;
}

/** The overview: each part a link with its status and what it contributes. */
export function TaskOverview({ items, heading }: { items: readonly TaskItem[]; heading: string }) {
  const t = useText();
  return (
    <section className="task-list" aria-labelledby={VIEW_HEADING} data-pagefind-ignore>
      <h2 id={VIEW_HEADING} tabIndex={-1}>
        {heading}
      </h2>
      <ul className="task-list__items" data-testid="task-list">
        {items.map((item) => (
          <li className="task-list__item" key={item.id}>
            <a className="task-list__link" href={`#${item.id}`} aria-describedby={`${item.id}-status`}>
              {item.label}
            </a>
            {item.note && <span className="task-list__note">{item.note}</span>}
            <span id={`${item.id}-status`} className="task-list__status-cell">
              <StatusTag status={item.status} />
            </span>
          </li>
        ))}
      </ul>
      <p className="task-list__all">
        <a href="#all">{t('tasks.everyPart')}</a>
      </p>
    </section>
  );
}
