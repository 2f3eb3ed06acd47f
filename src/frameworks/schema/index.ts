// The zod schema of a mark definition, one file per concern; import it from '~/frameworks/schema'.
export { Mark, type MarkInput } from './mark';
export { Level, AwardRule, Badge, type Check, type Field, type Requirement, type ResponseOption } from './level';
export { Criteria, Statement } from './criteria';
export { Ratings, type RatingItem } from './ratings';
export { Surveys } from './surveys';
export { GlossaryEntry } from './glossary';
