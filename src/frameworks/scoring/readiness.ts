import type { MarkAnswers } from '~/frameworks/saved/answers';
import type { Level, Mark } from '~/frameworks/schema';
import { scoreLevel, type LevelScore } from './bestFit';
import { checkRequirement, ruleGaps, type Gap, type RequirementResult } from './requirements';
import { gapLists, type GapLists } from './gapLists';

export interface LevelReadiness {
  level: Level;
  score: LevelScore;
  requirements: RequirementResult[];
  /** Everything the level itself asks: its award rule and its own requirements. */
  ownMet: boolean;
  /** The level counts: its own requirements hold and, in a sequential mark, so do all below it. */
  counts: boolean;
  /** In a sequential mark, the first lower level that does not count. */
  blockedBy?: Level;
  /** What the level itself still needs: rule gaps first, then requirement gaps. */
  gaps: Gap[];
  /** The same gaps by name: separate lists of criteria and requirements. */
  lists: GapLists;
}

export interface MarkReadiness {
  levels: LevelReadiness[];
  /** The highest level the school could be nominated for, if any. */
  highest?: LevelReadiness;
  /** The first level that does not yet count, and so the next to work on. */
  next?: LevelReadiness;
}

/** Applies each level's rule and requirements, and the sequence rule, to a mark's answers. */
export function readiness(mark: Mark, answers: MarkAnswers): MarkReadiness {
  const levels: LevelReadiness[] = [];
  let firstUnmet: Level | undefined;
  for (const level of mark.levels) {
    const levelAnswers = answers.levels[level.id];
    const score = scoreLevel(level, levelAnswers);
    const requirements = level.requirements.map((r) => checkRequirement(r, level, levelAnswers, score));
    const gaps = [...ruleGaps(level, score), ...requirements.flatMap((r) => r.gaps)];
    const ownMet = gaps.length === 0;
    const blockedBy = mark.sequential ? firstUnmet : undefined;
    const counts = ownMet && blockedBy === undefined;
    levels.push({
      level,
      score,
      requirements,
      ownMet,
      counts,
      gaps,
      lists: gapLists(level, levelAnswers, score, requirements),
      ...(blockedBy ? { blockedBy } : {}),
    });
    if (!ownMet && firstUnmet === undefined) firstUnmet = level;
  }
  const counting = levels.filter((l) => l.counts);
  const highest = counting.at(-1);
  const next = levels.find((l) => !l.counts);
  return { levels, ...(highest ? { highest } : {}), ...(next ? { next } : {}) };
}

/** The mark's own sentence for a readiness result: the level reached, or not yet ready for the first. */
export const readinessSentence = (mark: Pick<Mark, 'readiness' | 'levels'>, highest: Pick<LevelReadiness, 'level'> | undefined): string =>
  highest ? mark.readiness.reached.replaceAll('{level}', highest.level.name) : mark.readiness.notReached.replaceAll('{level}', mark.levels[0]!.name);
