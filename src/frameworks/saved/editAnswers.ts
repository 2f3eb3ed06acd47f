import type { Level } from '~/frameworks/schema';
import type { CriterionAnswer, LevelAnswers, MarkAnswers } from './answers';

const emptyLevelAnswers = (): LevelAnswers => ({ criteria: {}, requirements: {} });

// Pure edits: each returns new answers and leaves its input untouched, so stores can compare by reference.

const blankCriterion = (): CriterionAnswer => ({ response: [], texts: {} });

function withLevel(answers: MarkAnswers, levelId: string, edit: (level: LevelAnswers) => LevelAnswers): MarkAnswers {
  return { ...answers, levels: { ...answers.levels, [levelId]: edit(answers.levels[levelId] ?? emptyLevelAnswers()) } };
}

function withCriterion(answers: MarkAnswers, levelId: string, criterionId: string, edit: (answer: CriterionAnswer) => CriterionAnswer): MarkAnswers {
  return withLevel(answers, levelId, (level) => ({
    ...level,
    criteria: { ...level.criteria, [criterionId]: edit(level.criteria[criterionId] ?? blankCriterion()) },
  }));
}

/** Chooses an option (or, where several apply, ticks or unticks it) for a criterion. */
export function chooseOption(answers: MarkAnswers, level: Level, criterionId: string, optionId: string, selected = true): MarkAnswers {
  return withCriterion(answers, level.id, criterionId, (answer) => {
    if (level.responses.mode === 'one') return { ...answer, response: selected ? [optionId] : [] };
    const others = answer.response.filter((id) => id !== optionId);
    // Keep the definition's order so saved answers read the same however they were ticked.
    const order = level.responses.options.map((o) => o.id);
    const response = selected ? [...others, optionId].sort((a, b) => order.indexOf(a) - order.indexOf(b)) : others;
    return { ...answer, response };
  });
}

/** Sets the text of one of a criterion's fields (its evidence, its action…). */
export function setCriterionText(answers: MarkAnswers, levelId: string, criterionId: string, fieldId: string, text: string): MarkAnswers {
  return withCriterion(answers, levelId, criterionId, (answer) => ({ ...answer, texts: { ...answer.texts, [fieldId]: text } }));
}

/** Sets the words recorded for one of a level's requirements. */
export function setRequirementText(answers: MarkAnswers, levelId: string, requirementId: string, text: string): MarkAnswers {
  return withLevel(answers, levelId, (level) => ({ ...level, requirements: { ...level.requirements, [requirementId]: text } }));
}
