import { describe, expect, it } from 'vitest';
import { planCounts } from '~/frameworks/plan/actionPlan';
import { actionPlan } from '~/frameworks/plan/buildPlan';
import { dueInWords } from '~/widgets/shell/text';
import { markAnswersFrom, markDefinition, planDetailsFrom, words } from '../fixtures/adapters';
import { actionPlanExamples, type PlanRowExample } from '../fixtures/actionPlan.examples';

// A day between the examples' past dates (2020) and their future ones (2099).
const TODAY = '2026-12-07';

describe('Action plan examples', () => {
  it.each(actionPlanExamples)('$name', (example) => {
    const rows = actionPlan(markDefinition('wiltshire-lsqm'), {
      answers: markAnswersFrom(example.levels),
      details: planDetailsFrom(example.plan),
      today: TODAY,
    });
    expect(
      rows.map((row): PlanRowExample => ({
        id: row.id,
        action: row.action,
        owner: row.details.owner,
        due: dueInWords(words, row.details.due),
        status: words(`plan.status.${row.details.status}`),
        overdue: row.overdue,
      })),
    ).toEqual(example.expected.rows);
    const counts = planCounts(rows);
    const summary = words('plan.summary', {
      count: rows.length,
      notStarted: counts['not-started'],
      inProgress: counts['in-progress'],
      done: counts.done,
    });
    expect(counts.overdue > 0 ? `${summary} ${words('plan.overdueCount', { count: counts.overdue })}` : summary).toBe(example.expected.summary);
  });
});
