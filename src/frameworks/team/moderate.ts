import type { CriterionAnswer, LevelAnswers, MarkAnswers } from '../saved/answers';
import type { Level } from '../schema';
import type { CriterionSpread, LevelSpread } from './combineLevel';

/** The most often given answer (a whole response: one option, or the set ticked), or undefined when none was given or two or more tie. */
export function majorityAnswer(spread: CriterionSpread): string[] | undefined {
  const tally = new Map<string, { response: string[]; count: number }>();
  for (const response of spread.byFile) {
    if (response.length === 0) continue;
    const key = response.join('\u0000');
    const entry = tally.get(key) ?? { response, count: 0 };
    entry.count += 1;
    tally.set(key, entry);
  }
  const ranked = [...tally.values()].sort((a, b) => b.count - a.count);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]!.count === ranked[1]!.count)) return undefined;
  return ranked[0]!.response;
}

/** Criterion id → the agreed answer; a criterion without one is left unanswered. */
export type AgreedAnswers = Readonly<Record<string, readonly string[] | undefined>>;

/** The agreed answers the leader starts from: the majority for each criterion, none where answers tie. */
export function defaultAgreed(spread: LevelSpread): Record<string, string[]> {
  const agreed: Record<string, string[]> = {};
  for (const criterion of spread.criteria) {
    const majority = majorityAnswer(criterion);
    if (majority) agreed[criterion.entry.statement.id] = majority;
  }
  return agreed;
}

/**
 * The agreed answers: the leader's own choices (an empty one is "no answer") for the criteria that
 * still have an answer in the files combined, and the majority for the rest. Choices outlive adding or
 * removing a file; a choice for a criterion that no file now answers no longer applies.
 */
export function agreedAnswers(spread: LevelSpread, choices: AgreedAnswers = {}): Record<string, string[]> {
  const agreed = defaultAgreed(spread);
  for (const criterion of spread.criteria) {
    const id = criterion.entry.statement.id;
    const choice = choices[id];
    if (choice !== undefined && criterion.answered > 0) agreed[id] = [...choice];
  }
  return agreed;
}

/** The note that keeps the spread as evidence, and how to know one written by an earlier moderation. */
export interface SpreadNote {
  /** The words: "Combined from 3 of 3 files: In place 2, Not yet 1." */
  write: (spread: CriterionSpread, level: Level, files: number) => string;
  /** Whether a line of evidence is such a note. */
  matches: (line: string) => boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Recognises the lines a note's words make, whatever its values: `fill` writes the note with the
 * given stand-in in place of every value (from the text map, so it holds in any wording).
 */
export function noteMatcher(fill: (value: string) => string): (line: string) => boolean {
  const standIn = '\u0000';
  const pattern = new RegExp(`^${fill(standIn).split(standIn).map(escapeRegExp).join('.*')}$`);
  return (line) => pattern.test(line.trim());
}

/**
 * The device's answers with one level replaced by the moderated set: each criterion's agreed
 * answer, and the spread it came from written in the level's evidence field (its first field when
 * it has none) after what was there, so the evidence of the team's answers is kept. A spread note
 * from an earlier moderation is replaced, not kept beside the new one. Other levels and the
 * level's requirements are left as they are.
 */
export function moderatedAnswers(current: MarkAnswers, spread: LevelSpread, agreed: AgreedAnswers, note: SpreadNote): MarkAnswers {
  const { level } = spread;
  const field = (level.fields.find((f) => f.purpose === 'evidence') ?? level.fields[0])?.id;
  const before: LevelAnswers = current.levels[level.id] ?? { criteria: {}, requirements: {} };
  const criteria: Record<string, CriterionAnswer> = { ...before.criteria };
  for (const criterion of spread.criteria) {
    const id = criterion.entry.statement.id;
    const was = before.criteria[id] ?? { response: [], texts: {} };
    // The evidence without any earlier spread note, then this spread's note where anyone answered.
    const texts = Object.fromEntries(Object.entries(was.texts).filter(([key]) => key !== field));
    if (field !== undefined) {
      const written = (was.texts[field] ?? '')
        .split('\n')
        .filter((line) => !note.matches(line))
        .join('\n')
        .trim();
      const evidence = [written, criterion.answered > 0 ? note.write(criterion, level, spread.files) : ''].filter(Boolean).join('\n');
      if (evidence !== '') texts[field] = evidence;
    }
    criteria[id] = { response: [...(agreed[id] ?? [])], texts };
  }
  return { ...current, levels: { ...current.levels, [level.id]: { ...before, criteria } } };
}
