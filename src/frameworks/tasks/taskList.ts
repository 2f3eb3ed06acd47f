import type { Level } from '../schema';

// A long form as a task list (GOV.UK's "complete multiple tasks"): its questions in parts, each
// with a status, shown one part at a time. The parts, their statuses and where the address points
// are worked out here; the widgets render them.

/**
 * How much of a form fits one view of about six phone screens, counted in boxes: each criterion's answers count
 * one, and each text box always shown beside it one more (a statement with its evidence box counts 2).
 */
export const MOST_IN_ONE_VIEW = 12;

/** A form with more boxes than this is split into parts: about a dozen questions with their boxes. */
export const MOST_ON_ONE_PAGE = 24;

/** How far a part has got. */
export type TaskStatus = { kind: 'notStarted' } | { kind: 'inProgress'; done: number; total: number } | { kind: 'completed' };

/** "Not started", "In progress, n of m" or "Completed", from how many of a part's questions are answered. */
export function taskStatus(done: number, total: number): TaskStatus {
  if (done >= total) return { kind: 'completed' };
  return done === 0 ? { kind: 'notStarted' } : { kind: 'inProgress', done, total };
}

/** `items` in `count` runs whose lengths differ by one at most, longer runs first: 10 in 3 is 4, 3, 3. */
function balanced<T>(items: T[], count: number): T[][] {
  const runs: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(items.length / count) + (i < items.length % count ? 1 : 0);
    runs.push(items.slice(start, start + size));
    start += size;
  }
  return runs;
}

/** One part of any long form: its items, under a group heading or as a run of a flat list. */
export interface Part<T> {
  /** Its place in the address: "area-3". */
  id: string;
  /** The group it is (an area, a role), absent for a run of a flat list. */
  group?: string | undefined;
  /** A run of its group or list, named by its first and last items as well. */
  split: boolean;
  items: T[];
}

/** Items in runs of one group each, in their order: a form's areas as every part on one page shows them. */
export function runsOf<T>(items: readonly T[], groupOf: (item: T) => string | undefined): { group: string | undefined; items: T[] }[] {
  const runs: { group: string | undefined; items: T[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && last.group === groupOf(item)) last.items.push(item);
    else runs.push({ group: groupOf(item), items: [item] });
  }
  return runs;
}

/**
 * Any form's items in parts, or none when they fit on one page: a group (an area, a role) is a part, split into runs
 * where it would not fit one view; a flat list (no item with a group) is split into runs. `boxesEach` is 1 plus the
 * text boxes always shown beside an item. `onePage` is the most boxes left on one page: a level's criteria are split
 * past MOST_ON_ONE_PAGE, a rating tool's items past MOST_IN_ONE_VIEW (more than about a dozen questions).
 */
export function partsOf<T>(items: readonly T[], groupOf: (item: T) => string | undefined, boxesEach = 2, onePage = MOST_ON_ONE_PAGE): Part<T>[] {
  if (items.length * boxesEach <= onePage) return [];
  const most = Math.max(1, Math.floor(MOST_IN_ONE_VIEW / boxesEach));
  const grouped = items.every((item) => groupOf(item) !== undefined);
  return runsOf(items, grouped ? groupOf : () => undefined)
    .flatMap(({ group, items: all }) =>
      balanced(all, Math.ceil(all.length / most)).map((run, _, runs) => ({ group, split: runs.length > 1 || !grouped, items: run })),
    )
    .map((part, i) => ({ id: `area-${i + 1}`, ...part }));
}

/** Where the address points: the list, one part, every part at once, or a part to open for an anchor inside it. */
export type TaskView = { kind: 'list' } | { kind: 'all' } | { kind: 'part'; index: number; anchor?: string };

/** The view for an address's hash: "#area-3" a part, "#all" every part, "#criterion-<id>" the part holding it, else the list. */
export function viewOf(hash: string, parts: readonly { id: string; anchors: readonly string[] }[]): TaskView {
  const target = decodeURIComponent(hash.replace(/^#/, ''));
  if (target === 'all') return { kind: 'all' };
  const own = parts.findIndex((p) => p.id === target);
  if (own >= 0) return { kind: 'part', index: own };
  const holding = parts.findIndex((p) => p.anchors.includes(target));
  return holding >= 0 ? { kind: 'part', index: holding, anchor: target } : { kind: 'list' };
}

/** The anchor of a rated item's question in the audit or questionnaire: search results land on it. */
export const itemAnchor = (id: string): string => `item-${id}`;

/** Whether a level asks for an action on each unmet criterion. */
export const asksForActions = (level: Level): boolean => level.rule.kind === 'bestFit' && level.rule.actionsForUnmet;
