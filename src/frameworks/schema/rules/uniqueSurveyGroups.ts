import type { MarkRule } from '../markFields';
import { repeats } from './repeats';

/** Each surveyed group has its own id: saved figures are keyed by it. */
export const uniqueSurveyGroups: MarkRule = (mark, ctx) => {
  for (const { index, first, value } of repeats(mark.surveys?.groups ?? [], (g) => g.id)) {
    ctx.addIssue({
      code: 'custom',
      path: ['surveys', 'groups', index, 'id'],
      message: `repeats group id "${value}" (also groups[${first}]); both would share one set of figures, so give each group its own id`,
    });
  }
};
