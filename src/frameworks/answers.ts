import { z } from 'zod';

/** The answer to one criterion: the options chosen, an evidence note and an action. */
export const CriterionAnswer = z.strictObject({
  /** Chosen option ids; at most one where the level's responses are "one". Default: none. */
  response: z.array(z.string()).default([]),
  /** Evidence for the judgement. Default: empty. */
  note: z.string().default(''),
  /** The action in place for a criterion not yet met. Default: empty. */
  action: z.string().default(''),
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

export const emptyAnswers = (): MarkAnswers => ({ version: 1, levels: {} });
export const emptyLevelAnswers = (): LevelAnswers => ({ criteria: {}, requirements: {} });

/** What decoding saved text gave: the answers that could be read, and what was wrong if anything. */
export interface Decoded {
  answers: MarkAnswers;
  /** Set when some or all of the saved text could not be read. */
  problem?: string;
}

/**
 * Reads saved answers without ever throwing. An unreadable entry is dropped and reported;
 * the readable ones are kept, so one damaged answer does not cost the rest.
 */
export function decodeAnswers(text: string | null | undefined): Decoded {
  if (text === null || text === undefined || text === '') return { answers: emptyAnswers() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { answers: emptyAnswers(), problem: 'The saved answers are not valid JSON, so none could be read.' };
  }
  const whole = MarkAnswers.safeParse(raw);
  if (whole.success) return { answers: whole.data };

  const levelsRaw = isRecord(raw) && isRecord(raw.levels) ? raw.levels : undefined;
  if (!isRecord(raw) || raw.version !== 1 || levelsRaw === undefined) {
    return { answers: emptyAnswers(), problem: 'The saved answers are not in a form this site recognises, so none could be read.' };
  }
  let dropped = 0;
  const levels: MarkAnswers['levels'] = {};
  for (const [levelId, levelRaw] of Object.entries(levelsRaw)) {
    const level = emptyLevelAnswers();
    const criteria = isRecord(levelRaw) && isRecord(levelRaw.criteria) ? levelRaw.criteria : {};
    const requirements = isRecord(levelRaw) && isRecord(levelRaw.requirements) ? levelRaw.requirements : {};
    if (!isRecord(levelRaw)) dropped += 1;
    for (const [id, answer] of Object.entries(criteria)) {
      const parsed = CriterionAnswer.safeParse(answer);
      if (parsed.success) level.criteria[id] = parsed.data;
      else dropped += 1;
    }
    for (const [id, words] of Object.entries(requirements)) {
      if (typeof words === 'string') level.requirements[id] = words;
      else dropped += 1;
    }
    levels[levelId] = level;
  }
  return {
    answers: { version: 1, levels },
    problem: `${dropped} saved answer${dropped === 1 ? ' was' : 's were'} damaged and could not be read; the rest are kept.`,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
