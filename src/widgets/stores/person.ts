import shape from 'virtual:qmh/saved-shape/person';
import type { PersonDetails } from '~/frameworks/saved/personDetails';
import { saved } from './saved';

/** Who answers on this device, one for the whole site (every file saved from any mark carries it). */
export const personDetails = () => saved<PersonDetails>('person', 'site', shape);
