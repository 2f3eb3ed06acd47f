import snapshotsShape from 'virtual:qmh/saved-shape/snapshots';
import type { Snapshots } from '~/frameworks/saved/planDetails';
import { saved } from './saved';

/** A mark's dated snapshots, oldest first: read when the plan's snapshots are first shown. */
export const snapshotsOf = (markId: string) => saved<Snapshots>('snapshots', markId, snapshotsShape);
