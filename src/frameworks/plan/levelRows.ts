import type { MarkAnswers } from '~/frameworks/saved/answers';
import type { PlanDetails } from '~/frameworks/saved/planDetails';
import type { Mark } from '~/frameworks/schema';
import { readiness } from '~/frameworks/scoring/readiness';
import type { PlanRow } from './actionPlan';

/**
 * The plan's rows from a mark's levels, built from the answers rather than typed twice: every
 * criterion answered as not met, or given an action, or given plan details. A met criterion appears
 * only where an action was written for it (a team may agree it is met while a colleague's action
 * for it stands): that action is never lost from the plan, and the row says the criterion is met;
 * marked done, it stays, counted as done, with its impact, as an assessor asks to see.
 */
export function levelPlanRows(
  mark: Mark,
  answers: MarkAnswers | undefined,
  details: PlanDetails | undefined,
): Omit<PlanRow, 'details' | 'overdue'>[] {
  const rows: Omit<PlanRow, 'details' | 'overdue'>[] = [];
  // Scored as the readiness checker scores them (and so loading the same code as the level tools).
  const scored = readiness(mark, answers ?? { version: 1, levels: {} }).levels;
  for (const { level, score } of scored) {
    const given = answers?.levels[level.id];
    const actionFields = level.fields.filter((f) => f.purpose === 'action').map((f) => f.id);
    const options = new Map(level.responses.options.map((o) => [o.id, o]));
    for (const result of score.criteria) {
      const id = `${level.id}/${result.entry.statement.id}`;
      const answer = given?.criteria[result.entry.statement.id];
      const written = actionFields.map((f) => answer?.texts[f]?.trim() ?? '').filter((text) => text !== '');
      if (result.met && written.length === 0) continue;
      const planned = (answer?.response ?? []).flatMap((o) => (options.get(o)?.plans ? [options.get(o)!.label] : []));
      const fromAnswers = [...written, ...planned].join('; ');
      if (!result.answered && fromAnswers === '' && details?.rows[id] === undefined) continue;
      rows.push({
        id,
        section: level.id,
        sectionName: level.name,
        ...(result.entry.group ? { group: result.entry.group } : {}),
        statement: result.entry.statement.text,
        action: fromAnswers,
        actionFromAnswers: fromAnswers !== '',
        ...(result.met ? { met: true } : {}),
      });
    }
  }
  return rows;
}
