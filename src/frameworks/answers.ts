import type { CriterionAnswer, LevelAnswers, MarkAnswers } from './answersSchema';

export type { CriterionAnswer, LevelAnswers, MarkAnswers };

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
 * Accepts exactly what the MarkAnswers schema in answersSchema.ts accepts.
 */
export function decodeAnswers(text: string | null | undefined): Decoded {
  if (text === null || text === undefined || text === '') return { answers: emptyAnswers() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { answers: emptyAnswers(), problem: 'The saved answers are not valid JSON, so none could be read.' };
  }
  if (!isRecord(raw) || raw.version !== 1 || !onlyKeys(raw, ['version', 'levels']) || !isRecord(raw.levels ?? {})) {
    return { answers: emptyAnswers(), problem: 'The saved answers are not in a form this site recognises, so none could be read.' };
  }
  let dropped = 0;
  const levels: MarkAnswers['levels'] = {};
  for (const [levelId, levelRaw] of Object.entries((raw.levels ?? {}) as Record<string, unknown>)) {
    const level = emptyLevelAnswers();
    const criteria = isRecord(levelRaw) && isRecord(levelRaw.criteria) ? levelRaw.criteria : {};
    const requirements = isRecord(levelRaw) && isRecord(levelRaw.requirements) ? levelRaw.requirements : {};
    const wellFormed =
      isRecord(levelRaw) &&
      onlyKeys(levelRaw, ['criteria', 'requirements']) &&
      (levelRaw.criteria === undefined || levelRaw.criteria === criteria) &&
      (levelRaw.requirements === undefined || levelRaw.requirements === requirements);
    if (!wellFormed) dropped += 1;
    for (const [id, answer] of Object.entries(criteria)) {
      const read = readCriterion(answer);
      if (read) level.criteria[id] = read;
      else dropped += 1;
    }
    for (const [id, words] of Object.entries(requirements)) {
      if (typeof words === 'string') level.requirements[id] = words;
      else dropped += 1;
    }
    levels[levelId] = level;
  }
  const answers: MarkAnswers = { version: 1, levels };
  if (dropped === 0) return { answers };
  return { answers, problem: `${dropped} saved answer${dropped === 1 ? ' was' : 's were'} damaged and could not be read; the rest are kept.` };
}

function readCriterion(value: unknown): CriterionAnswer | undefined {
  if (!isRecord(value) || !onlyKeys(value, ['response', 'texts'])) return undefined;
  const { response = [], texts = {} } = value;
  if (!Array.isArray(response) || !response.every((r) => typeof r === 'string')) return undefined;
  if (!isRecord(texts) || !Object.values(texts).every((t) => typeof t === 'string')) return undefined;
  return { response: [...response] as string[], texts: { ...texts } as Record<string, string> };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const onlyKeys = (value: Record<string, unknown>, allowed: string[]) => Object.keys(value).every((k) => allowed.includes(k));
