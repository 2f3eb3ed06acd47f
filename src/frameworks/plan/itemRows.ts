import { priorities } from '~/frameworks/ratings/priorities';
import type { StaffResponse } from '~/frameworks/saved/collectedResponses';
import type { Ratings } from '~/frameworks/schema';
import { ITEMS_SECTION, type PlanRow } from './actionPlan';

/** The plan's rows from rated items: ratings give no criteria to meet, only priorities, so every rated item, weakest first. */
export function itemPlanRows(ratings: Ratings, audit: Record<string, number>, responses: StaffResponse[]): Omit<PlanRow, 'details' | 'overdue'>[] {
  return priorities(ratings, audit, responses).flatMap((p) =>
    p.rank === undefined
      ? []
      : [
          {
            id: `item/${p.item.id}`,
            section: ITEMS_SECTION,
            sectionName: ratings.prioritiesTitle,
            group: p.item.name,
            statement: p.item.prompt,
            action: '',
            actionFromAnswers: false,
            rank: p.rank,
          },
        ],
  );
}
