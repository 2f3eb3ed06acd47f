import type { MarkRule } from '../markFields';
import { repeats } from './repeats';

/** Each text field of a level has its own id: saved answers key the text by it, so two would share one box's words. */
export const uniqueFieldIds: MarkRule = (mark, ctx) => {
  mark.levels.forEach((level, li) => {
    for (const { index, first, value } of repeats(level.fields, (f) => f.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels', li, 'fields', index, 'id'],
        message: `repeats field id "${value}" (also fields[${first}]); both boxes would show the same words, so give each field its own id`,
      });
    }
  });
};
