import type { MarkRule } from '../markFields';
import { repeats } from './repeats';

/** Each answer option of a level has its own id: saved answers hold it, and two would share one radio button's HTML id. */
export const uniqueOptionIds: MarkRule = (mark, ctx) => {
  mark.levels.forEach((level, li) => {
    for (const { index, first, value } of repeats(level.responses.options, (o) => o.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels', li, 'responses', 'options', index, 'id'],
        message: `repeats option id "${value}" (also options[${first}]); the second could never be chosen, so give each option its own id`,
      });
    }
  });
};
