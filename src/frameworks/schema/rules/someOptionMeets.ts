import type { MarkRule } from '../markFields';

/** Each level has an option that means met; otherwise no criterion could ever be met. */
export const someOptionMeets: MarkRule = (mark, ctx) => {
  mark.levels.forEach((level, li) => {
    if (!level.responses.options.some((o) => o.meets)) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels', li, 'responses', 'options'],
        message: 'has no option with "meets": true, so no criterion could ever be met; mark the option that means met',
      });
    }
  });
};
