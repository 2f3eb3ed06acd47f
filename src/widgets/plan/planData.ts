import { computed, type ReadableAtom } from 'nanostores';
import { isoDay, isOverdue, type PlanRow } from '~/frameworks/plan/actionPlan';
import type { MarkAnswers } from '~/frameworks/saved/answers';
import type { PlanDetails } from '~/frameworks/saved/planDetails';
import type { Mark } from '~/frameworks/schema';
import { memo } from '../stores/memo';
import { planOf } from '../stores/plan';
import type { Saved } from '../stores/saved';

/**
 * Where plan rows come from: a mark's levels (src/widgets/plan/levelRows.ts) or its rated items
 * (itemRows.ts). Each page's entry imports only the sources its mark has, so a mark without
 * ratings never loads the priorities' code, and one without levels never loads the scoring.
 */
export interface PlanSource {
  /** The saved data the rows are built from. */
  stores: (mark: Mark) => Saved<unknown>[];
  /** The rows, before the plan's details are put in. */
  rows: (mark: Mark, details: PlanDetails) => Omit<PlanRow, 'details' | 'overdue'>[];
  /** What a snapshot keeps of this source now: the answers or the audit's ratings. */
  now: (mark: Mark) => { answers?: MarkAnswers; audit?: Record<string, number> };
}

/** The stores a plan page shows, for the notices about what could not be read. */
export const shownStores = (mark: Mark, sources: PlanSource[]): Saved<unknown>[] => [planOf(mark.id), ...sources.flatMap((s) => s.stores(mark))];

/** `$plan`: the action plan as the saved data stands, with overdue judged against `today`. */
export const planRows = (mark: Mark, sources: PlanSource[], today: string): { $value: ReadableAtom<PlanRow[]>; initial: PlanRow[] } =>
  memo(`plan:${mark.id}:${today}`, () => {
    const plan = planOf(mark.id);
    const stores = [plan, ...sources.flatMap((s) => s.stores(mark))];
    const build = (details: PlanDetails): PlanRow[] =>
      sources
        .flatMap((s) => s.rows(mark, details))
        .map((row) => {
          const entry = details.rows[row.id] ?? { action: '', owner: '', due: '', status: 'not-started' as const, impact: '' };
          return { ...row, action: row.actionFromAnswers ? row.action : entry.action, details: entry, overdue: isOverdue(entry, today) };
        });
    return {
      $value: computed(
        stores.map((s) => s.$value),
        () => build(plan.$value.get()),
      ),
      initial: [],
    };
  });

export const todayNow = () => isoDay(new Date());
