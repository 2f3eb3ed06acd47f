import { shareText } from '~/text/ruleText';
import type { LevelScore } from '~/frameworks/scoring/bestFit';
import type { GAP_KINDS } from '~/frameworks/scoring/gapLists';
import type { Gap } from '~/frameworks/scoring/requirements';
import type { Level } from '~/frameworks/schema';
import type { LevelResult } from '~/widgets/stores/levelResults';
import type { Translate } from '~/widgets/shell/text';

// Sentences about a level's results, shared by the self-assessment and the readiness checker.

/** "1 statement", "3 activities": a count with the level's own noun. */
export const countOf = (t: Translate, level: Level, count: number) => t(`criteria.count.${level.criteria.kind}`, { count });

/** "most (more than half)" or "all 10": what the level's rule needs met. */
export const neededLabel = (t: Translate, level: Level, total: number) =>
  level.rule.kind === 'bestFit' ? t('level.most', { share: shareText(t, level.rule.mostMoreThan) }) : t('level.all', { total });

/** The heading of one list of gaps: "3 statements not met and without an action". */
export const gapListHeading = (t: Translate, level: Level, kind: (typeof GAP_KINDS)[number], count: number) =>
  kind === 'unmetRequirements' ? t('gap.list.unmetRequirements', { count }) : t(`gap.list.${kind}`, { counted: countOf(t, level, count) });

/** One step a school can take, in plain words, for a gap the scoring found. */
export function describeGap(t: Translate, gap: Gap, level: Level): string {
  const noun = t(`criteria.noun.${level.criteria.kind}`, { count: 'count' in gap ? gap.count : 1 });
  switch (gap.kind) {
    case 'moreMet':
      return level.rule.kind === 'allMet'
        ? t('gap.meetRemaining', { count: gap.count, noun })
        : t('gap.meetMore', { counted: countOf(t, level, gap.count), level: level.name });
    case 'actionsMissing':
      return t('gap.actionsMissing', { count: gap.count, noun });
    case 'unanswered':
      return t('gap.unanswered', { count: gap.count, noun });
    case 'evidenceMissing':
      return t('gap.evidenceMissing', { count: gap.count, noun });
    case 'optionMissing':
      return t(level.criteria.kind === 'roleActivities' ? 'gap.optionMissingActivity' : 'gap.optionMissing', { option: gap.option.label });
    case 'notRecorded':
      return t('gap.notRecorded', { prompt: gap.prompt });
  }
}

/** Whether the level's own rule holds, in a sentence. */
export function ruleVerdict(t: Translate, level: Level, score: LevelScore): string {
  if (level.rule.kind === 'allMet') {
    return score.ruleMet
      ? t('level.allMetVerdict', { counted: countOf(t, level, score.total) })
      : t('level.notAllMetVerdict', { noun: t(`criteria.noun.${level.criteria.kind}`, { count: 1 }) });
  }
  return t(score.ruleMet ? 'level.bestFitMet' : 'level.bestFitNotMet', { level: level.name });
}

/**
 * The headline verdict: the level is met only when everything it needs is; otherwise, with its best fit met,
 * it says so and names what is still needed (its own requirements, the level below it).
 */
export function levelVerdict(
  t: Translate,
  level: Level,
  { score, requirements }: LevelResult,
  below: string | undefined,
): { met: boolean; text: string } {
  const unmetRequirements = requirements.filter((r) => r.checkedByTool && !r.met).length;
  if (!score.ruleMet || level.rule.kind !== 'bestFit')
    return { met: score.ruleMet && unmetRequirements === 0 && below === undefined, text: ruleVerdict(t, level, score) };
  if (unmetRequirements > 0) {
    return { met: false, text: t('level.bestFitMetNeeds', { level: level.name, needs: t('level.needsRequirements', { count: unmetRequirements }) }) };
  }
  if (below !== undefined) return { met: false, text: t('level.bestFitMetAfter', { level: level.name, below }) };
  return { met: true, text: ruleVerdict(t, level, score) };
}
