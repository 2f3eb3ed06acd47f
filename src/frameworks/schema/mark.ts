import type { z } from 'zod';
import { MarkFields, type MarkRule } from './markFields';
import { checkedOptionsExist } from './rules/checkedOptionsExist';
import { evidenceCheckHasField } from './rules/evidenceCheckHasField';
import { hasSomethingToAssess } from './rules/hasSomethingToAssess';
import { rowsHaveEveryRole } from './rules/rowsHaveEveryRole';
import { someOptionMeets } from './rules/someOptionMeets';
import { uniqueCriterionIds } from './rules/uniqueCriterionIds';
import { uniqueCriterionRefs } from './rules/uniqueCriterionRefs';
import { uniqueItemIds } from './rules/uniqueItemIds';
import { uniqueLevelIds } from './rules/uniqueLevelIds';
import { uniqueOptionIds } from './rules/uniqueOptionIds';
import { uniqueFieldIds } from './rules/uniqueFieldIds';
import { uniqueRequirementIds } from './rules/uniqueRequirementIds';
import { uniqueRoleIds } from './rules/uniqueRoleIds';
import { uniqueSurveyGroups } from './rules/uniqueSurveyGroups';
import { scaleRisesOnce } from './rules/scaleRisesOnce';
import { optionMeetsOrPlans } from './rules/optionMeetsOrPlans';

/** The checks across fields, in the order their problems are listed. */
export const markRules: readonly MarkRule[] = [
  hasSomethingToAssess,
  uniqueItemIds,
  uniqueLevelIds,
  uniqueCriterionIds,
  uniqueCriterionRefs,
  uniqueOptionIds,
  uniqueFieldIds,
  uniqueRequirementIds,
  uniqueRoleIds,
  uniqueSurveyGroups,
  scaleRisesOnce,
  optionMeetsOrPlans,
  rowsHaveEveryRole,
  someOptionMeets,
  evidenceCheckHasField,
  checkedOptionsExist,
];

/** A mark definition (src/frameworks/marks/<id>/definition.json): its fields, every check across them, then the defaults that depend on other fields. */
export const Mark = MarkFields.superRefine((mark, ctx) => {
  for (const rule of markRules) rule(mark, ctx);
}).transform(({ $schema: _schema, ...mark }) => ({ ...mark, levelNounPlural: mark.levelNounPlural ?? `${mark.levelNoun}s` }));

/** A mark definition as written in JSON, before defaults. */
export type MarkInput = z.input<typeof Mark>;
/** A mark as the site uses it, defaults filled in. */
export type Mark = z.output<typeof Mark>;
