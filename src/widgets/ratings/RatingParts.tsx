import { Suspense, useContext, type ReactNode } from 'react';
import type { RatingItem, Ratings } from '~/frameworks/schema';
import { itemAnchor, MOST_IN_ONE_VIEW, partsOf, taskStatus } from '~/frameworks/tasks/taskList';
import { TaskOverview, TaskPart, usePrinting, useTaskView, type TaskItem } from '~/widgets/shell/TaskList';
import { HydratedContext } from '~/widgets/shell/live';
import { useText } from '~/widgets/shell/text';

interface Props {
  ratings: Pick<Ratings, 'scale' | 'items'>;
  /** Each item's rating so far. */
  rated: Readonly<Record<string, number | undefined>>;
  /** 1 plus the text boxes shown beside each item (the audit's evidence). */
  boxesEach: number;
  /** An item's question. */
  field: (item: RatingItem) => ReactNode;
}

/**
 * A rating tool's items as the level self-assessment's task list where they are more than about a dozen questions:
 * each rated item a part of its own, with its status and its rating, one at a time;
 * every item at once when printing, on "every part on one page" (#all), or when they fit one view.
 */
export function RatingParts({ ratings, rated, boxesEach, field }: Props) {
  const t = useText();
  const parts = partsOf(ratings.items, (item) => item.name, boxesEach, MOST_IN_ONE_VIEW);
  const view = useTaskView(parts.map((p) => ({ id: p.id, anchors: p.items.map((item) => itemAnchor(item.id)) })));
  const printing = usePrinting();
  const hydrated = useContext(HydratedContext);
  if (parts.length === 0 || printing || view.kind === 'all')
    return (
      <>
        {parts.length > 0 && (
          <p className="task-part__back no-print">
            <a href="#">{t('tasks.backToList')}</a>
          </p>
        )}
        {ratings.items.map(field)}
      </>
    );
  const labelOf = (value: number | undefined) => ratings.scale.find((point) => point.value === value)?.label;
  const items: TaskItem[] = parts.map((part) => ({
    id: part.id,
    label: part.group ?? part.items.map((item) => item.name).join(', '),
    status: taskStatus(part.items.filter((item) => rated[item.id] !== undefined).length, part.items.length),
    note: part.items.flatMap((item) => labelOf(rated[item.id]) ?? []).join(' · ') || undefined,
  }));
  if (view.kind === 'list')
    return (
      <>
        <TaskOverview heading={t('tasks.heading')} items={items} />
        {/* The built page keeps every question for search to index, each landing on its part; never shown, gone once live. */}
        {!hydrated && <div className="search-copy">{ratings.items.map(field)}</div>}
      </>
    );
  return (
    <Suspense fallback={null}>
      <TaskPart index={view.index} anchor={view.anchor} items={items}>
        {parts[view.index]!.items.map(field)}
      </TaskPart>
    </Suspense>
  );
}
