import type { MarkRule } from '../markFields';

/** Each level has its own id, since URLs and saved answers are keyed by it. */
export const uniqueLevelIds: MarkRule = (mark, ctx) => {
  const seen = new Set<string>();
  mark.levels.forEach((level, li) => {
    if (seen.has(level.id)) {
      ctx.addIssue({ code: 'custom', path: ['levels', li, 'id'], message: `repeats level id "${level.id}"; give each level its own id` });
    }
    seen.add(level.id);
  });
};
