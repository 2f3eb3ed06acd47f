import type { MarkRule } from '../markFields';

/** A mark needs levels or a tool (ratings, surveys); otherwise the site would have nothing to assess. */
export const hasSomethingToAssess: MarkRule = (mark, ctx) => {
  if (mark.levels.length === 0 && !mark.ratings && !mark.surveys) {
    ctx.addIssue({
      code: 'custom',
      path: ['levels'],
      message: 'is empty and the mark has no "ratings" or "surveys", so the site would have nothing to assess; add levels or a tool',
    });
  }
};
