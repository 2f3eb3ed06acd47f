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

/** The words that keep the spread as evidence: "Combined from 3 files: In place 2, Not yet 1." */
export type SpreadNote = (spread: CriterionSpread, level: Level, files: number) => string;

/**
 * The device's answers with one level replaced by the moderated set: each criterion's agreed
 * answer, and the spread it came from written in the level's evidence field (its first field when
 * it has none) after what was there, so the evidence of the team's answers is kept. Other levels
 * and the level's requirements are left as they are.
 */
export function moderatedAnswers(current: MarkAnswers, spread: LevelSpread, agreed: AgreedAnswers, note: SpreadNote): MarkAnswers {
  const { level } = spread;
  const field = (level.fields.find((f) => f.purpose === 'evidence') ?? level.fields[0])?.id;
  const before: LevelAnswers = current.levels[level.id] ?? { criteria: {}, requirements: {} };
  const criteria: Record<string, CriterionAnswer> = { ...before.criteria };
  for (const criterion of spread.criteria) {
    const id = criterion.entry.statement.id;
    const was = before.criteria[id] ?? { response: [], texts: {} };
    const texts = { ...was.texts };
    if (field !== undefined && criterion.answered > 0) {
      const written = texts[field]?.trim() ?? '';
      texts[field] = [written, note(criterion, level, spread.files)].filter(Boolean).join('\n');
    }
    criteria[id] = { response: [...(agreed[id] ?? [])], texts };
  }
  return { ...current, levels: { ...current.levels, [level.id]: { ...before, criteria } } };
}
