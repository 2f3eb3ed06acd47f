import { expect } from 'vitest';
import { levelWords } from '../fixtures/adapters';
import type { LevelEntry } from '../fixtures/levelSelfAssessment.examples';

/** Whitespace and case as Playwright compares accessible names. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Checks an entry names real criteria, options, fields and requirements, and that its words find one criterion only. */
export function expectEnterable(entry: LevelEntry) {
  const words = levelWords(entry.mark, entry.level);
  for (const a of entry.answers) {
    const statement = normalise(words.statement(a.criterion));
    expect(
      words.statements.filter((s) => normalise(s).includes(statement)),
      `criterion ${a.criterion} found by its words`,
    ).toHaveLength(1);
    for (const option of a.options) words.option(option);
    for (const field of Object.keys(a.texts ?? {})) words.field(field);
  }
  for (const id of Object.keys(entry.requirements ?? {})) words.requirementPrompt(id);
}
