import type { MarkRule } from '../markFields';
import { repeats } from './repeats';

/** Each role (a grid's column, or a group of activities) of a level has its own id: rows and saved answers are keyed by it. */
export const uniqueRoleIds: MarkRule = (mark, ctx) => {
  mark.levels.forEach((level, li) => {
    const { criteria } = level;
    if (criteria.kind !== 'roleGrid' && criteria.kind !== 'roleActivities') return;
    for (const { index, first, value } of repeats<{ id: string }>(criteria.roles, (r) => r.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels', li, 'criteria', 'roles', index, 'id'],
        message: `repeats role id "${value}" (also roles[${first}]); give each role its own id`,
      });
    }
  });
};
