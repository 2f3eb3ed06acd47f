import { levelRefPrefix, listCriteria } from '../../criteria';
import type { MarkRule } from '../markFields';

/** Each criterion has its own short reference ("B3.2") across the mark: two levels whose names share initials would share them. */
export const uniqueCriterionRefs: MarkRule = (mark, ctx) => {
  const levelOf = new Map<string, string>();
  mark.levels.forEach((level, li) => {
    const prefix = levelRefPrefix(level);
    for (const { ref } of listCriteria(level.criteria, prefix)) {
      const earlier = levelOf.get(ref);
      if (earlier !== undefined && earlier !== level.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', li, 'name'],
          message: `begins with the same letters as level "${earlier}", so their criteria would share references such as "${ref}"; give each level a name with its own initials`,
        });
        return;
      }
      levelOf.set(ref, level.id);
    }
  });
};
