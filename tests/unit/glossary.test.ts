import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Mark } from '~/frameworks/schema';
import { marks } from '~/frameworks/registry';
import { glossaryWords } from '~/site/glossary';

// The glossary per mark (issue 26): abbreviations and what they stand for only as the sources give them.
const seeds = (file: string) => readFileSync(new URL(`../../src/frameworks/marks/${file}`, import.meta.url), 'utf8');
/** The sources as published with the site, and the public facts a page may cite. */
const sources = [
  'wiltshire-lsqm/source.txt',
  'whmat-wellbeing/source.txt',
  'wellbeing-qm/source.txt',
  'english-maths-qm/source-003.txt',
  'english-maths-qm/source-004.txt',
  'public-facts.md',
]
  .map(seeds)
  .join('\n');
const flat = (s: string) => s.replace(/[’']/g, "'").replace(/\s+/g, ' ').toLowerCase();

describe('each mark’s glossary', () => {
  const all = flat(sources);
  for (const mark of marks) {
    it(`${mark.id}: every abbreviation and expansion is in the sources, and every expansion cites where`, () => {
      for (const entry of mark.glossary) {
        expect(all, entry.term).toContain(flat(entry.term));
        if (entry.expansion) {
          expect(entry.source, entry.term).toBeDefined();
          expect(all, entry.expansion).toContain(flat(entry.expansion));
        }
        for (const form of entry.alsoWritten) expect(all, form).toContain(flat(form));
      }
    });
  }

  it('refuses an expansion with no source', () => {
    const wiltshire = JSON.parse(seeds('wiltshire-lsqm/definition.json')) as Record<string, unknown>;
    const parsed = Mark.safeParse({ ...wiltshire, glossary: [{ term: 'CPD', expansion: 'Continuing Professional Development' }] });
    expect(parsed.success).toBe(false);
  });

  it('finds a criterion by the other form of an abbreviation it uses', () => {
    const glossary = marks.find((m) => m.id === 'wiltshire-lsqm')!.glossary;
    expect(glossaryWords('Promote continuing professional development.', glossary)).toEqual(['CPD']);
    expect(glossaryWords('Attend local area/cluster based CPD', glossary)).toEqual([
      'Continuous Professional Development',
      'continuing professional development',
    ]);
    expect(glossaryWords('Lead or take part in a school focussed Teacher International Professional Development (TIPD)', glossary)).toEqual([]);
    // An entry the sources do not spell out adds nothing; a word inside another word is not the abbreviation.
    expect(glossaryWords('Apply for NPQH training', glossary)).toEqual([]);
    expect(glossaryWords('PLAN with CLASS', glossary)).toEqual([]);
  });
});
