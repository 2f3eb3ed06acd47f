import { z } from 'zod';
import { DEFAULT_RATINGS_WORDING as DEFAULT } from './defaults';
import { Noun, Slug, Text } from './text';

/** Statements rated on a numeric scale by leaders (an audit) and by staff (a questionnaire). */
export const Ratings = z.strictObject({
  scale: z
    .array(
      z.strictObject({
        value: z.number().int({ error: 'must be a whole number' }).describe('A whole number; ratings are averaged by it. Required.'),
        label: Text.describe('The words beside the radio button. Required.'),
      }),
    )
    .min(2, { error: 'needs at least two points' })
    .describe('Lowest value first; a higher value means stronger. Required, at least two points.'),
  scaleNote: Text.describe('Where the scale comes from, or that the source names none. Required.'),
  disagreementAt: z
    .number()
    .positive({ error: 'must be more than 0, e.g. 1 for one point on the scale' })
    .describe('Leaders and staff disagree when their ratings of an item differ by at least this much. Required.'),
  items: z
    .array(
      z.strictObject({
        id: Slug.describe('Saved ratings and response files key by it. Required.'),
        name: Text.describe("The item's short name, heading its row and its question. Required."),
        prompt: Text.describe('The statement people rate, kept close to the source sentence. Required.'),
        source: Text.describe('The source sentence the prompt is phrased from, verbatim. Required.'),
      }),
    )
    .min(1, { error: 'needs at least one item' })
    .describe('What is rated, in order. Required, at least one.'),
  itemNoun: Noun.default(DEFAULT.itemNoun).describe(
    'What the items are called, in the tools\' headings and counts. Default: { "one": "item", "other": "items" }.',
  ),
  auditTitle: Text.default(DEFAULT.auditTitle).describe(
    'The audit\'s title, in its page heading, navigation and headings that refer to it. Default: "Leaders’ audit".',
  ),
  questionnaireTitle: Text.default(DEFAULT.questionnaireTitle).describe(
    'The questionnaire\'s title, in its page heading, navigation and printed copy. Default: "Staff questionnaire".',
  ),
  questionnaireIntro: Text.default(DEFAULT.questionnaireIntro).describe(
    'The sentence that opens the questionnaire, in the scale\'s terms. Default: "Rate each statement about our school. There are no right answers."',
  ),
  prioritiesTitle: Text.default(DEFAULT.prioritiesTitle).describe(
    'The priorities page\'s title, in its heading and navigation. Default: "Priorities".',
  ),
});

/** A mark's ratings as the site uses them. */
export type Ratings = z.output<typeof Ratings>;
/** One rated item. */
export type RatingItem = Ratings['items'][number];
