import { z } from 'zod';
import { Text } from './text';

/**
 * An abbreviation the mark's sources use, with what it stands for as the sources (or a cited public source) give it.
 * Shown on each of the mark's pages as its glossary, and indexed with every criterion that uses either form, so that
 * searching for one finds the other.
 */
export const GlossaryEntry = z
  .strictObject({
    term: Text.describe('The abbreviation as the source writes it, such as "NHS". Required.'),
    expansion: Text.optional().describe(
      'What it stands for, in the words of a source. Default: none, where no source spells it out (the glossary says so).',
    ),
    alsoWritten: z
      .array(Text)
      .default([])
      .describe('Other ways the sources write it out ("continuing professional development"), found by search with the term. Default: none.'),
    source: Text.optional().describe(
      'Where the sources give the expansion: their words, quoted, or a cited public source. Required with an expansion.',
    ),
  })
  .describe("An abbreviation the mark's sources use, with what it stands for.")
  .refine((entry) => entry.expansion === undefined || entry.source !== undefined, {
    error: 'gives an expansion without its "source": quote the source document, or cite the public source, that spells it out',
  });

export type GlossaryEntry = z.output<typeof GlossaryEntry>;
