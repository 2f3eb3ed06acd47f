import type { LevelAnswers } from '~/frameworks/saved/answers';
import type { Check, Level, Requirement, ResponseOption } from '~/frameworks/schema';
import type { LevelScore } from './bestFit';

/** Something still to do before a requirement or rule holds. */
export type Gap =
  | { kind: 'moreMet'; count: number }
  | { kind: 'actionsMissing'; count: number; criterionIds: string[] }
  | { kind: 'unanswered'; count: number }
  | { kind: 'evidenceMissing'; count: number }
  | { kind: 'optionMissing'; option: ResponseOption }
  | { kind: 'notRecorded'; requirementId: string; prompt: string };

export interface RequirementResult {
  requirement: Requirement;
  /** False when no check applies: the assessor looks at it during the visit. */
  checkedByTool: boolean;
  met: boolean;
  gaps: Gap[];
}

/** Checks one of a level's own requirements against its answers and score. */
export function checkRequirement(requirement: Requirement, level: Level, answers: LevelAnswers | undefined, score: LevelScore): RequirementResult {
  const gaps = requirement.checks.flatMap((check) => gapsFor(check, requirement, level, answers, score));
  return { requirement, checkedByTool: requirement.checks.length > 0, met: gaps.length === 0, gaps };
}

function gapsFor(check: Check, requirement: Requirement, level: Level, answers: LevelAnswers | undefined, score: LevelScore): Gap[] {
  switch (check.kind) {
    case 'allAnswered': {
      const count = score.total - score.answered;
      return count > 0 ? [{ kind: 'unanswered', count }] : [];
    }
    case 'evidenceForMet': {
      const evidenceFields = level.fields.filter((f) => f.purpose === 'evidence').map((f) => f.id);
      const hasEvidence = (id: string) => evidenceFields.some((f) => (answers?.criteria[id]?.texts[f]?.trim() ?? '') !== '');
      const count = score.criteria.filter((c) => c.met && !hasEvidence(c.entry.statement.id)).length;
      return count > 0 ? [{ kind: 'evidenceMissing', count }] : [];
    }
    case 'optionChosen': {
      const chosen = Object.values(answers?.criteria ?? {}).some((a) => a.response.includes(check.option));
      const option = level.responses.options.find((o) => o.id === check.option);
      return chosen || option === undefined ? [] : [{ kind: 'optionMissing', option }];
    }
    case 'recorded':
      return (answers?.requirements[requirement.id]?.trim() ?? '') === ''
        ? [{ kind: 'notRecorded', requirementId: requirement.id, prompt: check.prompt }]
        : [];
  }
}

/** What the award rule still needs, as gaps: more criteria met, actions for unmet ones. */
export function ruleGaps(level: Level, score: LevelScore): Gap[] {
  const gaps: Gap[] = [];
  if (!score.enoughMet) gaps.push({ kind: 'moreMet', count: score.needed - score.met });
  if (level.rule.kind === 'bestFit' && level.rule.actionsForUnmet && score.unmetWithoutAction.length > 0) {
    gaps.push({
      kind: 'actionsMissing',
      count: score.unmetWithoutAction.length,
      criterionIds: score.unmetWithoutAction.map((c) => c.entry.statement.id),
    });
  }
  return gaps;
}
