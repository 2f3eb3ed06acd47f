import { z } from 'zod';
import { keepWhatReads } from './keepWhatReads';

/** The answer to one criterion: the options chosen, and the words written in the level's fields. */
export const CriterionAnswer = z.strictObject({
  /** Chosen option ids; at most one where the level's responses are "one". Default: none. */
  response: z.array(z.string()).default([]),
  /** Field id → text, for the level's fields (evidence, action, summary of practice…). Default: none. */
  texts: z.record(z.string(), z.string()).default({}),
});

/** A level's answers: per criterion, and the words recorded for its requirements. */
export const LevelAnswers = z.strictObject({
  /** Criterion id → its answer. A damaged answer is dropped alone. Default: none. */
  criteria: keepWhatReads(z.record(z.string(), CriterionAnswer)).default({}),
  /** Requirement id → the words recorded for it. Default: none. */
  requirements: keepWhatReads(z.record(z.string(), z.string())).default({}),
});

/** Everything a school has entered for one mark's levels: `qmh:answers:<mark-id>`. */
export const MarkAnswers = z.strictObject({
  version: z.literal(1),
  /** Level id → its answers. Default: none. */
  levels: keepWhatReads(z.record(z.string(), LevelAnswers)).default({}),
});

export type CriterionAnswer = z.output<typeof CriterionAnswer>;
export type LevelAnswers = z.output<typeof LevelAnswers>;
export type MarkAnswers = z.output<typeof MarkAnswers>;
