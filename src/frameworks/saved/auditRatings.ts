import { z } from 'zod';
import { keepWhatReads } from './keepWhatReads';

/** A leader's rating of one item on the mark's scale, and the evidence for it. */
export const AuditEntry = z.strictObject({
  /** A value of the mark's scale; absent until rated. */
  rating: z.int().optional(),
  /** Evidence for the rating. Default: none. */
  evidence: z.string().default(''),
});

/** The leaders' audit of a mark's rated items: `qmh:audit:<mark-id>`. */
export const AuditRatings = z.strictObject({
  /** 2: version 1 kept the ratings as text in the level answers' shape. */
  version: z.literal(2),
  /** Item id → its rating and evidence. Default: none. */
  items: keepWhatReads(z.record(z.string(), AuditEntry)).default({}),
});

/** A member of staff's own questionnaire answers, on their device: `qmh:questionnaire:<mark-id>`. */
export const QuestionnaireAnswers = z.strictObject({
  /** 2: version 1 kept the ratings as text in the level answers' shape. */
  version: z.literal(2),
  /** Item id → a value of the mark's scale. Default: none. */
  ratings: keepWhatReads(z.record(z.string(), z.int())).default({}),
});

export type AuditEntry = z.output<typeof AuditEntry>;
export type AuditRatings = z.output<typeof AuditRatings>;
export type QuestionnaireAnswers = z.output<typeof QuestionnaireAnswers>;
