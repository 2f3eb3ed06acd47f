import type { LevelAnswers } from '~/frameworks/saved/answers';
import { levelCriteria, type CriterionEntry } from '~/frameworks/criteria';
import type { Level } from '~/frameworks/schema';

/** How one criterion stands, from its answer and the level's response options. */
export interface CriterionResult {
  entry: CriterionEntry;
  answered: boolean;
  met: boolean;
  /** An action is in place: written down, or an option that plans it (a future activity) is chosen. */
  hasAction: boolean;
}

/** A level's criteria added up against its award rule. */
export interface LevelScore {
  criteria: CriterionResult[];
  total: number;
  answered: number;
  met: number;
  /** How many must be met for "most" (best fit) or all (all met). */
  needed: number;
  /** Enough are met: "most" for best fit, every one for all met. */
  enoughMet: boolean;
  unmet: CriterionResult[];
  /** Unmet criteria with no action in place; they block best fit when the rule asks for actions. */
  unmetWithoutAction: CriterionResult[];
  /** The award rule holds: enough met and, where asked, an action for every unmet criterion. */
  ruleMet: boolean;
}

/** The smallest count that is strictly more than `share` of `total`: 25 of 48 for more than half. */
export function mostNeeded(total: number, share: number): number {
  // The epsilon keeps 0.29 * 100 (28.999…) from rounding the threshold down.
  return Math.floor(total * share + 1e-9) + 1;
}

/** Scores a level's answers against its award rule. */
export function scoreLevel(level: Level, answers: LevelAnswers | undefined): LevelScore {
  const options = new Map(level.responses.options.map((o) => [o.id, o]));
  const actionFields = level.fields.filter((f) => f.purpose === 'action').map((f) => f.id);
  const criteria = levelCriteria(level).map((entry): CriterionResult => {
    const answer = answers?.criteria[entry.statement.id];
    const chosen = (answer?.response ?? []).flatMap((id) => options.get(id) ?? []);
    return {
      entry,
      answered: chosen.length > 0,
      met: chosen.some((o) => o.meets),
      hasAction: actionFields.some((f) => (answer?.texts[f]?.trim() ?? '') !== '') || chosen.some((o) => o.plans),
    };
  });
  const total = criteria.length;
  const met = criteria.filter((c) => c.met).length;
  const unmet = criteria.filter((c) => !c.met);
  const unmetWithoutAction = unmet.filter((c) => !c.hasAction);
  const rule = level.rule;
  const needed = rule.kind === 'bestFit' ? mostNeeded(total, rule.mostMoreThan) : total;
  const enoughMet = met >= needed;
  const actionsOk = rule.kind === 'bestFit' && rule.actionsForUnmet ? unmetWithoutAction.length === 0 : true;
  return {
    criteria,
    total,
    answered: criteria.filter((c) => c.answered).length,
    met,
    needed,
    enoughMet,
    unmet,
    unmetWithoutAction,
    ruleMet: enoughMet && actionsOk,
  };
}
