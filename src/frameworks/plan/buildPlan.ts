import type { MarkAnswers } from '~/frameworks/saved/answers';
import type { StaffResponse } from '~/frameworks/saved/collectedResponses';
import type { PlanDetails } from '~/frameworks/saved/planDetails';
import type { Mark } from '~/frameworks/schema';
import { emptyPlanEntry, isOverdue, type PlanRow } from './actionPlan';
import { itemPlanRows } from './itemRows';
import { levelPlanRows } from './levelRows';

/** What the plan is built from: the saved kinds of the mark, and today's date (YYYY-MM-DD). */
export interface PlanInput {
  answers?: MarkAnswers | undefined;
  details?: PlanDetails | undefined;
  audit?: Record<string, number> | undefined;
  responses?: StaffResponse[] | undefined;
  today: string;
}

/**
 * The whole action plan of a mark: its levels' unmet criteria, then its rated items weakest first,
 * each with the details the school added (owner, target date, status, impact) and whether it is overdue.
 */
export function actionPlan(mark: Mark, input: PlanInput): PlanRow[] {
  const rows = [
    ...levelPlanRows(mark, input.answers, input.details),
    ...(mark.ratings ? itemPlanRows(mark.ratings, input.audit ?? {}, input.responses ?? []) : []),
  ];
  return rows.map((row) => {
    const details = input.details?.rows[row.id] ?? emptyPlanEntry();
    return { ...row, action: row.actionFromAnswers ? row.action : details.action, details, overdue: isOverdue(details, input.today) };
  });
}
