import { computed } from 'nanostores';
import { priorities, type ItemPriority } from '~/frameworks/ratings/priorities';
import { auditRatingValues } from '~/frameworks/saved/editRatings';
import type { Ratings } from '~/frameworks/schema';
import type { Result } from './levelResults';
import { memo } from './memo';
import { auditOf, collectedOf } from './ratings';

/** `$priorities`: the audit and the collected staff responses ranked, weakest first. */
export const rankedPriorities = (markId: string, ratings: Ratings): Result<ItemPriority[]> =>
  memo(`priorities:${markId}`, () => {
    const audit = auditOf(markId, ratings);
    const collected = collectedOf(markId, ratings);
    return {
      $value: computed([audit.$value, collected.$value], (a, c) => priorities(ratings, auditRatingValues(a), c.responses)),
      initial: priorities(ratings, auditRatingValues(audit.initial), collected.initial.responses),
    };
  });
