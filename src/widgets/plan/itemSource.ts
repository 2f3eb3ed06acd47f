import { itemPlanRows } from '~/frameworks/plan/itemRows';
import { auditRatingValues } from '~/frameworks/saved/editRatings';
import { auditOf, collectedOf } from '../stores/ratings';
import type { PlanSource } from './planData';

/** Plan rows from the rated items: the leaders' audit and the staff responses, weakest first. */
export const itemSource: PlanSource = {
  stores: (mark) => (mark.ratings ? [auditOf(mark.id, mark.ratings), collectedOf(mark.id, mark.ratings)] : []),
  rows: (mark, _details) =>
    mark.ratings
      ? itemPlanRows(
          mark.ratings,
          auditRatingValues(auditOf(mark.id, mark.ratings).$value.get()),
          collectedOf(mark.id, mark.ratings).$value.get().responses,
        )
      : [],
  now: (mark) => (mark.ratings ? { audit: auditRatingValues(auditOf(mark.id, mark.ratings).$value.get()) } : {}),
};
