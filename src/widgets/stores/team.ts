import shape from 'virtual:qmh/saved-shape/team';
import type { TeamWork } from '~/frameworks/saved/teamWork';
import { saved } from './saved';

/** The team page's work on a mark: the files combined and the choices made, kept as they are made. */
export const teamWorkOf = (markId: string) => saved<TeamWork>('team', markId, shape);
