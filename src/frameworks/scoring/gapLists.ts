import type { CriterionEntry } from '~/frameworks/criteria';
import type { LevelAnswers } from '~/frameworks/saved/answers';
import type { Level, Requirement } from '~/frameworks/schema';
import type { LevelScore } from './bestFit';
import type { Gap, RequirementResult } from './requirements';

/**
 * What a level still needs, by name: separate lists that never share an item, each in reading order.
 * A criterion not yet answered is only "unanswered"; an answered one unmet is "without an action" (where the
 * rule asks for actions) or an "unmet element" (where every one must be met); a met one may lack evidence.
 */
export interface GapLists {
  unanswered: CriterionEntry[];
  /** Answered, not met, and with no action in place, where the level's rule asks for one. */
  withoutAction: CriterionEntry[];
  /** Met but with no evidence, where a requirement asks for evidence of each met criterion. */
  evidenceMissing: CriterionEntry[];
  /** Answered and not met, where every criterion must be met. */
  unmetElements: CriterionEntry[];
  /** The level's own requirements the tool can check that do not hold yet. */
  unmetRequirements: Requirement[];
}

/** The gap lists of a level from its answers, score and requirement results. */
export function gapLists(level: Level, answers: LevelAnswers | undefined, score: LevelScore, requirements: RequirementResult[]): GapLists {
  const asksForActions = level.rule.kind === 'bestFit' && level.rule.actionsForUnmet;
  const evidenceFields = level.fields.filter((f) => f.purpose === 'evidence').map((f) => f.id);
  const evidenceAsked = level.requirements.some((r) => r.checks.some((c) => c.kind === 'evidenceForMet'));
  const hasEvidence = (id: string) => evidenceFields.some((f) => (answers?.criteria[id]?.texts[f]?.trim() ?? '') !== '');
  const answered = score.criteria.filter((c) => c.answered);
  return {
    unanswered: score.criteria.filter((c) => !c.answered).map((c) => c.entry),
    withoutAction: asksForActions ? answered.filter((c) => !c.met && !c.hasAction).map((c) => c.entry) : [],
    evidenceMissing: evidenceAsked ? answered.filter((c) => c.met && !hasEvidence(c.entry.statement.id)).map((c) => c.entry) : [],
    unmetElements: level.rule.kind === 'allMet' ? answered.filter((c) => !c.met).map((c) => c.entry) : [],
    unmetRequirements: requirements.filter((r) => r.checkedByTool && !r.met).map((r) => r.requirement),
  };
}

/** The kinds of gap, in the order a school would work on them. */
export const GAP_KINDS = ['unanswered', 'withoutAction', 'unmetElements', 'evidenceMissing', 'unmetRequirements'] as const;

/** The anchor of a level's first gap in its self-assessment: the first criterion in reading order on any list, else its requirements. */
export function firstGapAnchor(lists: GapLists, score: LevelScore): string | undefined {
  const listed = new Set([...lists.unanswered, ...lists.withoutAction, ...lists.unmetElements, ...lists.evidenceMissing].map((e) => e.statement.id));
  const first = score.criteria.find((c) => listed.has(c.entry.statement.id));
  if (first) return `criterion-${first.entry.statement.id}`;
  return lists.unmetRequirements.length > 0 ? 'requirements-heading' : undefined;
}

/**
 * The steps to show beside the lists, which name no criterion: more met to reach best fit, an answer to
 * choose, something to record. The rest (criteria to answer, act on or evidence; every one to meet) are the lists.
 */
export const stepsBesideLists = (level: Level, gaps: readonly Gap[]): Gap[] =>
  gaps.filter((g) => (g.kind === 'moreMet' && level.rule.kind === 'bestFit') || g.kind === 'optionMissing' || g.kind === 'notRecorded');
