import { z } from 'zod';
import { keepWhatReads } from './keepWhatReads';

const Count = z.int().nonnegative();

/** One question's results in one group's survey. */
export const QuestionResult = z.strictObject({
  text: z.string(),
  /** How many answered agreeing ("Strongly agree", "Agree"…). */
  agree: Count,
  /** How many answered the question at all. */
  answered: Count,
});

/** A stakeholder group's survey: how many were asked, how many answered, and each question's results. */
export const GroupSurvey = z.strictObject({
  /** How many were invited to take part, if known. */
  invited: Count.optional(),
  responses: Count,
  questions: z.array(QuestionResult),
  /** Where the figures came from: typed in, or imported from a file (named). */
  source: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('manual') }),
    z.strictObject({ kind: z.literal('csv'), fileName: z.string() }),
  ]),
});

/** Every group's survey for a mark: `qmh:surveys:<mark-id>`. */
export const SurveyFigures = z.strictObject({
  version: z.literal(1),
  /** Group id → its figures. A damaged group is dropped alone. Default: none. */
  groups: keepWhatReads(z.record(z.string(), GroupSurvey)).default({}),
});

export type QuestionResult = z.output<typeof QuestionResult>;
export type GroupSurvey = z.output<typeof GroupSurvey>;
export type SurveyFigures = z.output<typeof SurveyFigures>;
