import planShape from 'virtual:qmh/saved-shape/plan';
import snapshotsShape from 'virtual:qmh/saved-shape/snapshots';
import type { PlanDetails, Snapshots } from '~/frameworks/saved/planDetails';
import { saved } from './saved';

/** A mark's action plan details: owner, target date, status and impact per action. */
export const planOf = (markId: string) => saved<PlanDetails>('plan', markId, planShape);

/** A mark's dated snapshots, oldest first. */
export const snapshotsOf = (markId: string) => saved<Snapshots>('snapshots', markId, snapshotsShape);
