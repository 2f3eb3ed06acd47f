import { z } from 'zod';
import { DEFAULT_RATINGS_WORDING as DEFAULT } from './defaults';
import { Noun, Slug, Text } from './text';

/** Statements rated on a numeric scale by leaders (an audit) and by staff (a questionnaire). */
export const Ratings = z.strictObject({
  /** Lowest value first; a higher value means stronger. Required, at least two points. */
  scale: z
    .array(
      z.strictObject({
        /** A whole number; ratings are averaged by it. Required. */
        value: z.number().int({ error: 'must be a whole number' }),
        /** The words beside the radio button. Required. */
        label: Text,
      }),
    )
    .min(2, { error: 'needs at least two points' }),
  /** Where the scale comes from, or that the source names none. Required. */
  scaleNote: Text,
  /** Leaders and staff disagree when their ratings of an item differ by at least this much. Required. */
  disagreementAt: z.number().positive({ error: 'must be more than 0, e.g. 1 for one point on the scale' }),
  /** What is rated, in order. Required, at least one. */
  items: z
    .array(
      z.strictObject({
        /** Saved ratings and response files key by it. Required. */
        id: Slug,
        /** The item's short name, heading its row and its question. Required. */
        name: Text,
        /** The statement people rate, kept close to the source sentence. Required. */
        prompt: Text,
        /** The source sentence the prompt is phrased from, verbatim. Required. */
        source: Text,
      }),
    )
    .min(1, { error: 'needs at least one item' }),
  /** What the items are called, in the tools' headings and counts. Default: { "one": "item", "other": "items" }. */
  itemNoun: Noun.default(DEFAULT.itemNoun),
  /** The audit's title, in its page heading, navigation and headings that refer to it. Default: "Leaders’ audit". */
  auditTitle: Text.default(DEFAULT.auditTitle),
  /** The questionnaire's title, in its page heading, navigation and printed copy. Default: "Staff questionnaire". */
  questionnaireTitle: Text.default(DEFAULT.questionnaireTitle),
  /** The sentence that opens the questionnaire, in the scale's terms. Default: "Rate each statement about our school. There are no right answers." */
  questionnaireIntro: Text.default(DEFAULT.questionnaireIntro),
  /** The priorities page's title, in its heading and navigation. Default: "Priorities". */
  prioritiesTitle: Text.default(DEFAULT.prioritiesTitle),
});

/** A mark's ratings as the site uses them. */
export type Ratings = z.output<typeof Ratings>;
/** One rated item. */
export type RatingItem = Ratings['items'][number];
