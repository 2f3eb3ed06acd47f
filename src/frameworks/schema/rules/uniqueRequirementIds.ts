import type { MarkRule } from '../markFields';
import { repeats } from './repeats';

/** Each requirement of a level has its own id: saved answers key what is recorded for it by the id. */
export const uniqueRequirementIds: MarkRule = (mark, ctx) => {
  mark.levels.forEach((level, li) => {
    for (const { index, first, value } of repeats(level.requirements, (r) => r.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels', li, 'requirements', index, 'id'],
        message: `repeats requirement id "${value}" (also requirements[${first}]); both would share one answer, so give each requirement its own id`,
      });
    }
  });
};
