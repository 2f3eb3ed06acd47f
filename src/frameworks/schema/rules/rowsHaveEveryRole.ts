import type { MarkRule } from '../markFields';

/** Each row of a role grid has exactly one statement per role, filed under the role's id. */
export const rowsHaveEveryRole: MarkRule = (mark, ctx) => {
  mark.levels.forEach((level, li) => {
    if (level.criteria.kind !== 'roleGrid') return;
    const roleIds = level.criteria.roles.map((r) => r.id);
    level.criteria.areas.forEach((area, ai) =>
      area.rows.forEach((row, ri) => {
        const keys = Object.keys(row);
        const missing = roleIds.filter((r) => !keys.includes(r));
        const extra = keys.filter((k) => !roleIds.includes(k));
        if (missing.length > 0 || extra.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['levels', li, 'criteria', 'areas', ai, 'rows', ri],
            message:
              `has statements for ${keys.map((k) => `"${k}"`).join(', ') || 'no role'} but the roles are ` +
              `${roleIds.map((r) => `"${r}"`).join(', ')}; give each row one statement per role`,
          });
        }
      }),
    );
  });
};
