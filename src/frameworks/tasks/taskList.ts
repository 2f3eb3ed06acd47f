import type { CriterionEntry } from '../criteria';
import type { Level } from '../schema';

// A long form as a task list (GOV.UK's "complete multiple tasks"): its questions in parts, each
// with a status, shown one part at a time. The parts, their statuses and where the address points
// are worked out here; the widgets render them.

/** A form with more questions than this is split into parts: "more than about a dozen". */
export const MOST_ON_ONE_PAGE = 12;

/** How many statements of a flat list make one part. */
export const PART_SIZE = 7;

/** How far a part has got. */
export type TaskStatus = { kind: 'notStarted' } | { kind: 'inProgress'; done: number; total: number } | { kind: 'completed' };

/** "Not started", "In progress, n of m" or "Completed", from how many of a part's questions are answered. */
export function taskStatus(done: number, total: number): TaskStatus {
  if (done >= total) return { kind: 'completed' };
  return done === 0 ? { kind: 'notStarted' } : { kind: 'inProgress', done, total };
}

/** One part of a level's criteria: an area of a grid, a role's activities, or a run of a flat list. */
export interface LevelPart {
  /** Its place in the address: "area-3". */
  id: string;
  /** The area or role it is, for a grid or activities; absent for a run of a flat list (named by its first and last references). */
  group?: string | undefined;
  criteria: CriterionEntry[];
}

/** A level's criteria in parts, or none when they fit on one page. */
export function levelParts(criteria: CriterionEntry[]): LevelPart[] {
  if (criteria.length <= MOST_ON_ONE_PAGE) return [];
  const parts: LevelPart[] = [];
  const grouped = criteria.every((c) => c.group !== undefined);
  for (const entry of criteria) {
    const last = parts.at(-1);
    const joins = last && (grouped ? last.group === entry.group : last.criteria.length < PART_SIZE);
    if (last && joins) last.criteria.push(entry);
    else parts.push({ id: `area-${parts.length + 1}`, group: grouped ? entry.group : undefined, criteria: [entry] });
  }
  return parts;
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

/** The anchor of a criterion's field in a self-assessment. */
export const criterionAnchor = (id: string): string => `criterion-${id}`;

/** Whether a level asks for an action on each unmet criterion. */
export const asksForActions = (level: Level): boolean => level.rule.kind === 'bestFit' && level.rule.actionsForUnmet;
