import type { MarkRule } from '../markFields';

/** An option means met or plans an action for an unmet criterion, never both: a criterion cannot be met and not met at once. */
export const optionMeetsOrPlans: MarkRule = (mark, ctx) => {
  mark.levels.forEach((level, li) => {
    level.responses.options.forEach((option, oi) => {
      if (option.meets && option.plans) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', li, 'responses', 'options', oi],
          message: `has both "meets": true and "plans": true, but a planned action is for a criterion not yet met; keep one of them`,
        });
      }
    });
  });
};
