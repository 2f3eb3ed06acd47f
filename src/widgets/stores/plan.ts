import planShape from 'virtual:qmh/saved-shape/plan';
import type { PlanDetails } from '~/frameworks/saved/planDetails';
import { saved } from './saved';

/** A mark's action plan details: owner, target date, status and impact per action. */
export const planOf = (markId: string) => saved<PlanDetails>('plan', markId, planShape);
