import type { MarkRule } from '../markFields';

/** Each rated item has its own id, since saved ratings and response files are keyed by it. */
export const uniqueItemIds: MarkRule = (mark, ctx) => {
  const seen = new Set<string>();
  mark.ratings?.items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: ['ratings', 'items', i, 'id'], message: `repeats item id "${item.id}"; give each item its own` });
    }
    seen.add(item.id);
  });
};
