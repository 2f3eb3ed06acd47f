import { priorities } from '~/frameworks/ratings/priorities';
import type { MarkAnswers } from '~/frameworks/saved/answers';
import type { StaffResponse } from '~/frameworks/saved/collectedResponses';
import type { PlanDetails, PlanEntry, PlanStatus } from '~/frameworks/saved/planDetails';
import type { Mark } from '~/frameworks/schema';
import { scoreLevel } from '~/frameworks/scoring/bestFit';

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
  /** For a rated item, its rank among the priorities (1 is the weakest). */
  rank?: number;
  details: PlanEntry;
  overdue: boolean;
}

/** The section of rated items, beside the levels. */
export const ITEMS_SECTION = 'items';

export const emptyPlanEntry = (): PlanEntry => ({ action: '', owner: '', due: '', status: 'not-started', impact: '' });

/** What the plan is built from: the saved kinds of the mark, and today's date (YYYY-MM-DD). */
export interface PlanInput {
  answers?: MarkAnswers | undefined;
  details?: PlanDetails | undefined;
  audit?: Record<string, number> | undefined;
  responses?: StaffResponse[] | undefined;
  today: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Past its target date and not done. A date that is not YYYY-MM-DD never counts as overdue. */
export function isOverdue(entry: Pick<PlanEntry, 'due' | 'status'>, today: string): boolean {
  return entry.status !== 'done' && DATE.test(entry.due) && DATE.test(today) && entry.due < today;
}

/** Today in the user's own time zone, as YYYY-MM-DD (what a date input gives). */
export const isoDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/**
 * The action plan, built from the answers rather than typed twice: every criterion answered as not
 * met or given an action (a level's met criteria never appear), then every rated item with a rating,
 * weakest first, each with the details the school added (owner, target date, status, impact).
 */
export function actionPlan(mark: Mark, input: PlanInput): PlanRow[] {
  const rows: PlanRow[] = [];
  const detailsOf = (id: string): PlanEntry => input.details?.rows[id] ?? emptyPlanEntry();
  const add = (row: Omit<PlanRow, 'details' | 'overdue'>) => {
    const details = detailsOf(row.id);
    rows.push({ ...row, details, overdue: isOverdue(details, input.today) });
  };

  for (const level of mark.levels) {
    const answers = input.answers?.levels[level.id];
    const actionFields = level.fields.filter((f) => f.purpose === 'action').map((f) => f.id);
    const options = new Map(level.responses.options.map((o) => [o.id, o]));
    const score = scoreLevel(level, answers);
    for (const result of score.criteria) {
      if (result.met) continue;
      const id = `${level.id}/${result.entry.statement.id}`;
      const answer = answers?.criteria[result.entry.statement.id];
      const written = actionFields.map((f) => answer?.texts[f]?.trim() ?? '').filter((text) => text !== '');
      const planned = (answer?.response ?? []).flatMap((o) => (options.get(o)?.plans ? [options.get(o)!.label] : []));
      const fromAnswers = [...written, ...planned].join('; ');
      if (!result.answered && fromAnswers === '' && input.details?.rows[id] === undefined) continue;
      add({
        id,
        section: level.id,
        sectionName: level.name,
        ...(result.entry.group ? { group: result.entry.group } : {}),
        statement: result.entry.statement.text,
        action: fromAnswers || detailsOf(id).action,
        actionFromAnswers: fromAnswers !== '',
      });
    }
  }
  // Ratings give no criteria to meet, only priorities: every rated item, weakest first.
  if (mark.ratings)
    for (const p of priorities(mark.ratings, input.audit ?? {}, input.responses ?? [])) {
      if (p.rank === undefined) continue;
      const id = `item/${p.item.id}`;
      add({
        id,
        section: ITEMS_SECTION,
        sectionName: mark.ratings.prioritiesTitle,
        group: p.item.name,
        statement: p.item.prompt,
        action: detailsOf(id).action,
        actionFromAnswers: false,
        rank: p.rank,
      });
    }
  return rows;
}

/** What the plan's filters ask for; an empty value means any. */
export interface PlanFilter {
  section?: string;
  owner?: string;
  status?: PlanStatus | '';
  /** Only actions past their target date. */
  overdueOnly?: boolean;
}

/** The rows a filter keeps, in the plan's order. */
export const filterPlan = (rows: PlanRow[], filter: PlanFilter): PlanRow[] =>
  rows.filter(
    (row) =>
      (!filter.section || row.section === filter.section) &&
      (!filter.owner || row.details.owner.trim() === filter.owner) &&
      (!filter.status || row.details.status === filter.status) &&
      (!filter.overdueOnly || row.overdue),
  );

/** Every owner named in the plan, once, in alphabetical order. */
export const planOwners = (rows: PlanRow[]): string[] =>
  [...new Set(rows.map((r) => r.details.owner.trim()).filter((o) => o !== ''))].sort((a, b) => a.localeCompare(b));

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
