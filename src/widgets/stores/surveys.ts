import shape from 'virtual:qmh/saved-shape/surveys';
import type { SurveyFigures } from '~/frameworks/saved/surveyFigures';
import { saved } from './saved';

/** Survey figures per stakeholder group. */
export const surveysOf = (markId: string) => saved<SurveyFigures>('surveys', markId, shape);
