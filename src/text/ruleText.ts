import { levelCriteria } from '~/frameworks/criteria';
import { mostNeeded } from '~/frameworks/scoring/bestFit';
import type { Level } from '~/frameworks/schema';
import type { TextParams } from './translate';

/** A `t()` that knows at least these keys: the pages' translator and the islands' both qualify. */
type Say<K extends string> = (key: K, params?: TextParams) => string;

type ShareKey = 'rule.share.half' | 'rule.share.any' | 'rule.share.percent';

/** "more than half", "more than 75%": how the definition's share reads in a sentence. */
export function shareText(t: Say<ShareKey>, share: number): string {
  if (share === 0.5) return t('rule.share.half');
  if (share === 0) return t('rule.share.any');
  return t('rule.share.percent', { percent: Math.round(share * 100) });
}

type RuleKey = ShareKey | 'rule.allMet' | 'rule.bestFit' | 'rule.bestFitWithActions' | `criteria.count.${Level['criteria']['kind']}`;

/** The level's award rule as one plain sentence, with the numbers it implies. */
export function ruleText(t: Say<RuleKey>, level: Level): string {
  const total = levelCriteria(level).length;
  const counted = t(`criteria.count.${level.criteria.kind}`, { count: total });
  if (level.rule.kind === 'allMet') return t('rule.allMet', { counted });
  const needed = mostNeeded(total, level.rule.mostMoreThan);
  return t(level.rule.actionsForUnmet ? 'rule.bestFitWithActions' : 'rule.bestFit', {
    counted,
    share: shareText(t, level.rule.mostMoreThan),
    needed,
  });
}
