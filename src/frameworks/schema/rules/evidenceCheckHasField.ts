import type { MarkRule } from '../markFields';

/** A requirement that checks for evidence needs the level to have an evidence field to write it in. */
export const evidenceCheckHasField: MarkRule = (mark, ctx) => {
  mark.levels.forEach((level, li) => {
    if (level.fields.some((f) => f.purpose === 'evidence')) return;
    level.requirements.forEach((req, ri) =>
      req.checks.forEach((check, ci) => {
        if (check.kind === 'evidenceForMet') {
          ctx.addIssue({
            code: 'custom',
            path: ['levels', li, 'requirements', ri, 'checks', ci],
            message: 'asks for evidence but the level has no field with "purpose": "evidence"; add one to "fields"',
          });
        }
      }),
    );
  });
};
