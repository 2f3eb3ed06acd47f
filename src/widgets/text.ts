import { criterionNoun } from '~/frameworks/ruleText';
import type { LevelScore } from '~/frameworks/scoring/bestFit';
import type { Gap } from '~/frameworks/scoring/requirements';
import type { Level } from '~/frameworks/schema';

/** "1 statement", "3 activities": a count with the level's own noun. */
export const countOf = (level: Level, count: number) => `${count} ${criterionNoun(level, count)}`;

/** One step a school can take, in plain words, for a gap the scoring found. */
export function describeGap(gap: Gap, level: Level): string {
  switch (gap.kind) {
    case 'moreMet':
      return level.rule.kind === 'allMet'
        ? `Meet the ${gap.count === 1 ? 'last' : gap.count} ${criterionNoun(level, gap.count)} not yet met.`
        : `Meet ${countOf(level, gap.count)} more to reach most of the ${level.name} criteria.`;
    case 'actionsMissing':
      return `Put an action in place for ${gap.count === 1 ? 'the' : gap.count} unmet ${criterionNoun(level, gap.count)} that ${gap.count === 1 ? 'has' : 'have'} none.`;
    case 'unanswered':
      return `Answer the ${gap.count} remaining ${criterionNoun(level, gap.count)}.`;
    case 'evidenceMissing':
      return `Add supporting evidence to ${gap.count === 1 ? 'the' : gap.count} met ${criterionNoun(level, gap.count)} that ${gap.count === 1 ? 'has' : 'have'} none.`;
    case 'optionMissing':
      return `Mark at least one ${level.criteria.kind === 'roleActivities' ? 'activity' : 'criterion'} as “${gap.option.label}”.`;
    case 'notRecorded':
      return `Record: ${gap.prompt}.`;
  }
}

/** Whether the level's own rule holds, in a sentence. */
export function ruleVerdict(level: Level, score: LevelScore): string {
  if (level.rule.kind === 'allMet') {
    return score.ruleMet ? `All ${countOf(level, score.total)} are met.` : `Not every ${criterionNoun(level, 1)} is met yet.`;
  }
  return score.ruleMet ? `The ${level.name} best-fit rule is met.` : `The ${level.name} best-fit rule is not met yet.`;
}

/** A mark's readiness wording with the level's name put in. */
export const fillLevel = (template: string, level: Level) => template.replaceAll('{level}', level.name);

/** What "Clear this mark's answers" deletes, in a sentence. */
export const markAnswersWhat = (markName: string, levelNoun: string) =>
  `every answer, note and action entered for the ${markName} in this browser, on every ${levelNoun}`;
