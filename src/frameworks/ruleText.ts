import { levelCriteria } from './criteria';
import { mostNeeded } from '~/frameworks/scoring/bestFit';
import type { Level } from './schema';

/** "more than half", "more than 75%": how the definition's share reads in a sentence. */
export function shareText(share: number): string {
  if (share === 0.5) return 'more than half';
  if (share === 0) return 'at least one';
  return `more than ${Math.round(share * 100)}%`;
}

/** The level's award rule as one plain sentence, with the numbers it implies. */
export function ruleText(level: Level): string {
  const total = levelCriteria(level).length;
  const noun = criterionNoun(level, total);
  if (level.rule.kind === 'allMet') return `All ${total} ${noun} must be met.`;
  const needed = mostNeeded(total, level.rule.mostMoreThan);
  const actions = level.rule.actionsForUnmet ? ', with an action in place for each one not met' : '';
  return `Best fit: most of the ${total} ${noun} met, which this site takes as ${shareText(level.rule.mostMoreThan)} (at least ${needed})${actions}.`;
}

/** What the level's criteria are called: statements, activities or elements. */
export function criterionNoun(level: Level, count: number): string {
  const nouns = { roleGrid: 'statement', statements: 'statement', roleActivities: 'activity', elements: 'element' } as const;
  const noun = nouns[level.criteria.kind];
  if (count === 1) return noun;
  return noun === 'activity' ? 'activities' : `${noun}s`;
}
