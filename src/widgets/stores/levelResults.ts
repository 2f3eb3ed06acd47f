import { computed, type ReadableAtom } from 'nanostores';
import type { LevelAnswers } from '~/frameworks/saved/answers';
import { scoreLevel, type LevelScore } from '~/frameworks/scoring/bestFit';
import { checkRequirement, type RequirementResult } from '~/frameworks/scoring/requirements';
import { gapLists, type GapLists } from '~/frameworks/scoring/gapLists';
import type { Level } from '~/frameworks/schema';
import { levelAnswersOf } from './levelAnswers';
import { memo } from './memo';

/** A result computed from saved data, and its value for the empty data the server renders. */
export interface Result<T> {
  $value: ReadableAtom<T>;
  initial: T;
}

/** A level scored against its award rule, with its own requirements checked. */
export interface LevelResult {
  score: LevelScore;
  requirements: RequirementResult[];
  /** What is still needed, by name. */
  lists: GapLists;
}

function scoreWith(level: Level, answers: LevelAnswers | undefined): LevelResult {
  const score = scoreLevel(level, answers);
  const requirements = level.requirements.map((r) => checkRequirement(r, level, answers, score));
  return { score, requirements, lists: gapLists(level, answers, score, requirements) };
}

/** `$levelScore`: one level's answers scored as the user answers. */
export const levelScore = (markId: string, level: Level): Result<LevelResult> =>
  memo(`score:${markId}:${level.id}`, () => {
    const answers = levelAnswersOf(markId);
    return {
      $value: computed(answers.$value, (a) => scoreWith(level, a.levels[level.id])),
      initial: scoreWith(level, answers.initial.levels[level.id]),
    };
  });
