import type { PlanDetails, PlanEntry, PlanStatus } from '~/frameworks/saved/planDetails';

/** One action of the plan: a criterion not yet met, or a rated item among the priorities. */
export interface PlanRow {
  /** `<level-id>/<criterion-id>` or `item/<item-id>`: the key of its details. */
  id: string;
  /** The level it belongs to, or ITEMS_SECTION for rated items. */
  section: string;
  /** The level's name, or the priorities' title. */
  sectionName: string;
  /** The area, role or item name it sits under, if any. */
  group?: string;
  /** The criterion's words, or the item's prompt. */
  statement: string;
  /** The action: written beside the criterion in the answers, or in the plan. */
  action: string;
  /** The action comes from the answers, so it is changed on the self-assessment, not in the plan. */
  actionFromAnswers: boolean;
  /** The criterion is met already, and on the plan for the action written for it. */
  met?: true;
  /** For a rated item, its rank among the priorities (1 is the weakest). */
  rank?: number;
  details: PlanEntry;
  overdue: boolean;
}

/** The section of rated items, beside the levels. */
export const ITEMS_SECTION = 'items';

export const emptyPlanEntry = (): PlanEntry => ({ action: '', owner: '', due: '', status: 'not-started', impact: '' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Past its target date and not done. A date that is not YYYY-MM-DD never counts as overdue. */
export function isOverdue(entry: Pick<PlanEntry, 'due' | 'status'>, today: string): boolean {
  return entry.status !== 'done' && DATE.test(entry.due) && DATE.test(today) && entry.due < today;
}

/** Today in the user's own time zone, as YYYY-MM-DD (what a date input gives). */
export const isoDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** What the plan's filters ask for; an empty value means any. */
export interface PlanFilter {
  section?: string;
  owner?: string;
  status?: PlanStatus | '';
  /** Only actions past their target date. */
  overdueOnly?: boolean;
}

/** The people an owner field names: "Ann Patel; Ben Okafor" is two (the team page joins owners so), "Cara and Ben" one team. */
export const ownersOf = (owner: string): string[] =>
  owner
    .split(';')
    .map((o) => o.trim())
    .filter((o) => o !== '');

/** The rows a filter keeps, in the plan's order: an owner's rows include those they share. */
export const filterPlan = (rows: PlanRow[], filter: PlanFilter): PlanRow[] =>
  rows.filter(
    (row) =>
      (!filter.section || row.section === filter.section) &&
      (!filter.owner || ownersOf(row.details.owner).includes(filter.owner)) &&
      (!filter.status || row.details.status === filter.status) &&
      (!filter.overdueOnly || row.overdue),
  );

/** Every owner named in the plan, once, in alphabetical order. */
export const planOwners = (rows: PlanRow[]): string[] =>
  [...new Set(rows.flatMap((r) => ownersOf(r.details.owner)))].sort((a, b) => a.localeCompare(b));

/** How many rows stand at each status, and how many are overdue. */
export function planCounts(rows: PlanRow[]): Record<PlanStatus | 'overdue', number> {
  const counts = { 'not-started': 0, 'in-progress': 0, done: 0, overdue: 0 };
  for (const row of rows) {
    counts[row.details.status] += 1;
    if (row.overdue) counts.overdue += 1;
  }
  return counts;
}

/** Sets one field of a row's details: a pure edit, like the answers' (src/frameworks/saved/editAnswers.ts). */
export function setPlanEntry<K extends keyof PlanEntry>(details: PlanDetails, rowId: string, field: K, value: PlanEntry[K]): PlanDetails {
  return { ...details, rows: { ...details.rows, [rowId]: { ...(details.rows[rowId] ?? emptyPlanEntry()), [field]: value } } };
}
