import type { MarkRule } from '../markFields';

/** A requirement that checks for a chosen option names one of its level's options. */
export const checkedOptionsExist: MarkRule = (mark, ctx) => {
  mark.levels.forEach((level, li) => {
    const optionIds = level.responses.options.map((o) => o.id);
    level.requirements.forEach((req, ri) =>
      req.checks.forEach((check, ci) => {
        if (check.kind === 'optionChosen' && !optionIds.includes(check.option)) {
          ctx.addIssue({
            code: 'custom',
            path: ['levels', li, 'requirements', ri, 'checks', ci, 'option'],
            message: `names option "${check.option}", which this level does not have; use one of ${optionIds.map((o) => `"${o}"`).join(', ')}`,
          });
        }
      }),
    );
  });
};
