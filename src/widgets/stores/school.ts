import shape from 'virtual:qmh/saved-shape/school';
import type { SchoolDetails } from '~/frameworks/saved/schoolDetails';
import { saved } from './saved';

/** The school's details, one for the whole site (every mark's printed answers carry them). */
export const schoolDetails = () => saved<SchoolDetails>('school', 'site', shape);
