import { listCriteria } from '../../criteria';
import type { MarkRule } from '../markFields';

/** Each criterion has its own id across the whole mark, since saved answers are keyed by it. */
export const uniqueCriterionIds: MarkRule = (mark, ctx) => {
  const levelOf = new Map<string, string>();
  // A grid with a repeated role lists each row's statement twice; uniqueRoleIds reports that.
  const listed = new Set<object>();
  mark.levels.forEach((level, li) => {
    for (const { path, statement } of listCriteria(level.criteria)) {
      if (listed.has(statement)) continue;
      listed.add(statement);
      const earlier = levelOf.get(statement.id);
      if (earlier !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', li, 'criteria', ...path, 'id'],
          message: `repeats criterion id "${statement.id}" (already used in level "${earlier}"); saved answers are keyed by id, so give each criterion its own`,
        });
      }
      levelOf.set(statement.id, level.id);
    }
  });
};
