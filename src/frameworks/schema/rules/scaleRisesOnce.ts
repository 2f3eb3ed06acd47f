import type { MarkRule } from '../markFields';

/** A rating scale lists each value once, lowest first: ratings are saved by value, and priorities read a higher value as stronger. */
export const scaleRisesOnce: MarkRule = (mark, ctx) => {
  const scale = mark.ratings?.scale ?? [];
  scale.forEach((point, i) => {
    if (i === 0) return;
    const before = scale[i - 1]!;
    if (point.value === before.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['ratings', 'scale', i, 'value'],
        message: `repeats the value ${point.value} of scale[${i - 1}]; give each point its own value, lowest first`,
      });
    } else if (point.value < before.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['ratings', 'scale', i, 'value'],
        message: `is ${point.value}, lower than the ${before.value} before it; list the scale lowest first (a higher value means stronger)`,
      });
    }
  });
};
