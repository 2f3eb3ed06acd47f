import { levelPlanRows } from '~/frameworks/plan/levelRows';
import { levelAnswersOf } from '../stores/levelAnswers';
import type { PlanSource } from './planData';

/** Plan rows from the levels' answers. */
export const levelSource: PlanSource = {
  stores: (mark) => [levelAnswersOf(mark.id)],
  rows: (mark, details) => levelPlanRows(mark, levelAnswersOf(mark.id).$value.get(), details),
  now: (mark) => ({ answers: levelAnswersOf(mark.id).$value.get() }),
};
