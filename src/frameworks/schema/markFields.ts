import { z } from 'zod';
import { DEFAULT_LEVEL_NOUN } from './defaults';
import { GlossaryEntry } from './glossary';
import { Level } from './level';
import { Ratings } from './ratings';
import { Surveys } from './surveys';
import { Slug, Text } from './text';

/** A mark's fields, each checked on its own; `Mark` (mark.ts) adds the checks across fields. */
export const MarkFields = z.strictObject({
  /** The mark's folder name, in its URLs and saved answers. Required. */
  id: Slug,
  /** The mark's full name. Required. */
  name: Text,
  /** For tight spaces, such as the header's list of marks. Required. */
  shortName: Text,
  /** Who runs or ran the award. Required. */
  owner: Text,
  /** One sentence for lists and meta descriptions. Required. */
  summary: Text,
  /** The version or date of the criteria published. Required. */
  version: Text,
  /** Raised by one whenever a criterion is reworded, added or removed; a saved file records it. Default: 1. */
  revision: z.int({ error: 'must be a whole number' }).positive({ error: 'must be 1 or more' }).default(1),
  /** The source document the criteria come from. Required. */
  source: z.strictObject({
    /** The seed file the criteria were taken from. Required. */
    file: Text,
    /** The document's title. Required. */
    title: Text,
    /** When it was published. Required. */
    date: Text,
  }),
  /** Who really decides, shown beside every self-assessment result, which is only indicative. Required. */
  decidedBy: Text,
  /** How the readiness result reads; "{level}" is replaced by the level's name. Default: "The school could be nominated for {level}." / "The school is not yet ready for {level}." */
  readiness: z
    .strictObject({ reached: Text, notReached: Text })
    .default({ reached: 'The school could be nominated for {level}.', notReached: 'The school is not yet ready for {level}.' }),
  /** What the mark calls its levels, in lower case: "level", "stage", "tier". Default: "level". */
  levelNoun: z
    .string({ error: 'must be text in quotes' })
    .regex(/^[a-z]+(?: [a-z]+)*$/, { error: 'must be a lower-case noun such as "level" or "stage"' })
    .default(DEFAULT_LEVEL_NOUN),
  /** The plural of levelNoun. Default: levelNoun with "s" added ("levels", "stages"). */
  levelNounPlural: z
    .string({ error: 'must be text in quotes' })
    .regex(/^[a-z]+(?: [a-z]+)*$/, { error: 'must be a lower-case noun such as "levels" or "stages"' })
    .optional(),
  /** Levels must be met in order: a level counts only when every level below it is met. Required. */
  sequential: z.boolean(),
  /** Award levels with their criteria. Default: none, for a framework that is not an award. */
  levels: z.array(Level).default([]),
  /** An audit and questionnaire rated on a scale, combined into priorities. Default: none. */
  ratings: Ratings.optional(),
  /** Stakeholder surveys summarised by group. Default: none. */
  surveys: Surveys.optional(),
  /** The abbreviations the mark's sources use and what they stand for, as the sources give them. Default: none. */
  glossary: z.array(GlossaryEntry).default([]),
});

/** A mark's fields after parsing, before the checks across fields and the defaults that depend on other fields. */
export type MarkFields = z.output<typeof MarkFields>;

/** A check across a mark's fields, one rule per function: it adds an issue for each problem it finds. */
export type MarkRule = (mark: MarkFields, ctx: z.core.$RefinementCtx<MarkFields>) => void;
