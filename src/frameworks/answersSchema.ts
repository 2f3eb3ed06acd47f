import { z } from 'zod';

// The shape of saved answers. Browser code imports only its types: zod would cost a tool page
// 6 KB gzip of its 80 KB budget, so answers.ts decodes with a small guard that unit tests hold
// to this schema (tests/unit/answers.test.ts).

/** The answer to one criterion: the options chosen, and the words written in the level's fields. */
export const CriterionAnswer = z.strictObject({
  /** Chosen option ids; at most one where the level's responses are "one". Default: none. */
  response: z.array(z.string()).default([]),
  /** Field id → text, for the level's fields (evidence, action, summary of practice…). Default: none. */
  texts: z.record(z.string(), z.string()).default({}),
});

/** A level's answers: per criterion, and the words recorded for its requirements. */
export const LevelAnswers = z.strictObject({
  criteria: z.record(z.string(), CriterionAnswer).default({}),
  requirements: z.record(z.string(), z.string()).default({}),
});

/** Everything a school has entered for one mark, as saved in the browser. */
export const MarkAnswers = z.strictObject({
  version: z.literal(1),
  levels: z.record(z.string(), LevelAnswers).default({}),
});

export type CriterionAnswer = z.output<typeof CriterionAnswer>;
export type LevelAnswers = z.output<typeof LevelAnswers>;
export type MarkAnswers = z.output<typeof MarkAnswers>;
