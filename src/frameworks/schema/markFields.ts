import { z } from 'zod';
import { DEFAULT_LEVEL_NOUN } from './defaults';
import { GlossaryEntry } from './glossary';
import { Level } from './level';
import { Ratings } from './ratings';
import { Surveys } from './surveys';
import { Slug, Text } from './text';

/** A mark's fields, each checked on its own; `Mark` (mark.ts) adds the checks across fields. */
export const MarkFields = z.strictObject({
  $schema: z
    .string()
    .optional()
    .describe(
      'The JSON Schema this file follows, so that an editor can complete and check its fields: "../../../../schemas/definition.schema.json".',
    ),
  id: Slug.describe("The mark's folder name, in its URLs and saved answers. Required."),
  name: Text.describe("The mark's full name. Required."),
  shortName: Text.describe("For tight spaces, such as the header's list of marks. Required."),
  owner: Text.describe('Who runs or ran the award. Required.'),
  summary: Text.describe('One sentence for lists and meta descriptions. Required.'),
  version: Text.describe('The version or date of the criteria published. Required.'),
  revision: z
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be 1 or more' })
    .default(1)
    .describe('Raised by one whenever a criterion is reworded, added or removed; a saved file records it. Default: 1.'),
  source: z
    .strictObject({
      file: Text.describe('The seed file the criteria were taken from. Required.'),
      title: Text.describe("The document's title. Required."),
      date: Text.describe('When it was published. Required.'),
    })
    .describe('The source document the criteria come from. Required.'),
  decidedBy: Text.describe('Who really decides, shown beside every self-assessment result, which is only indicative. Required.'),
  readiness: z
    .strictObject({
      reached: Text.describe('When the level is reached: "The school could be nominated for {level}." Required.'),
      notReached: Text.describe('When it is not: "The school is not yet ready for {level}." Required.'),
    })
    .default({ reached: 'The school could be nominated for {level}.', notReached: 'The school is not yet ready for {level}.' })
    .describe(
      'How the readiness result reads; "{level}" is replaced by the level\'s name. Default: "The school could be nominated for {level}." / "The school is not yet ready for {level}."',
    ),
  levelNoun: z
    .string({ error: 'must be text in quotes' })
    .regex(/^[a-z]+(?: [a-z]+)*$/, { error: 'must be a lower-case noun such as "level" or "stage"' })
    .default(DEFAULT_LEVEL_NOUN)
    .describe('What the mark calls its levels, in lower case: "level", "stage", "tier". Default: "level".'),
  levelNounPlural: z
    .string({ error: 'must be text in quotes' })
    .regex(/^[a-z]+(?: [a-z]+)*$/, { error: 'must be a lower-case noun such as "levels" or "stages"' })
    .optional()
    .describe('The plural of levelNoun. Default: levelNoun with "s" added ("levels", "stages").'),
  sequential: z.boolean().describe('Levels must be met in order: a level counts only when every level below it is met. Required.'),
  levels: z.array(Level).default([]).describe('Award levels with their criteria. Default: none, for a framework that is not an award.'),
  ratings: Ratings.optional().describe('An audit and questionnaire rated on a scale, combined into priorities. Default: none.'),
  surveys: Surveys.optional().describe('Stakeholder surveys summarised by group. Default: none.'),
  glossary: z
    .array(GlossaryEntry)
    .default([])
    .describe("The abbreviations the mark's sources use and what they stand for, as the sources give them. Default: none."),
});

/** A mark's fields after parsing, before the checks across fields and the defaults that depend on other fields. */
export type MarkFields = z.output<typeof MarkFields>;

/** A check across a mark's fields, one rule per function: it adds an issue for each problem it finds. */
export type MarkRule = (mark: MarkFields, ctx: z.core.$RefinementCtx<MarkFields>) => void;
