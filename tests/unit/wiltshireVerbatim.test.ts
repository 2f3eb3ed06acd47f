import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelCriteria } from '~/frameworks/criteria';
import { wiltshireMark } from '../fixtures/marks';

// The seed document the definition was taken from, kept beside it for exactly this check.
const source = readFileSync(new URL('../../src/frameworks/marks/wiltshire-lsqm/source.txt', import.meta.url), 'utf8');
const mark = wiltshireMark();

/** Words only: drops quotes, dashes, ellipses and punctuation, and the "|" the extraction puts between grid columns. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘'“”"…—–\-.,:;?!()/|]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function section(from: string, to: string): string {
  const start = source.indexOf(from);
  const end = source.indexOf(to, start);
  expect(start, `"${from}" in the source`).toBeGreaterThan(-1);
  expect(end, `"${to}" in the source`).toBeGreaterThan(start);
  return source.slice(start + from.length, end);
}

/** Takes each statement's words out of the section's words in turn; returns what is left. */
function leftOver(sectionText: string, statements: string[]): string {
  let rest = ` ${words(sectionText).join(' ')} `;
  for (const text of statements) {
    const phrase = ` ${words(text).join(' ')} `;
    expect(rest, `the source holds, word for word: ${text}`).toContain(phrase);
    rest = rest.replace(phrase, ' ');
  }
  return rest.trim();
}

const textsOf = (levelId: string) =>
  levelCriteria(mark.levels.find((l) => l.id === levelId)!).map(({ statement }) => [statement.text, ...(statement.items ?? [])].join(' '));

describe('the Wiltshire grids against their source document', () => {
  it('holds 48 Bronze statements, 28 Silver statements, 33 Gold and 32 Platinum activities', () => {
    expect(mark.levels.map((l) => levelCriteria(l).length)).toEqual([48, 28, 33, 32]);
  });

  it('uses every word of the Bronze grid exactly once, besides the area names', () => {
    const bronze = mark.levels[0]!;
    if (bronze.criteria.kind !== 'roleGrid') throw new Error('Bronze is a role grid');
    const sourceWords = words(section('Area Middle leaders Senior leaders', 'Silver — Cluster Level'));
    // The extraction prints the area name beside each of its three rows.
    const areaWords = bronze.criteria.areas.flatMap((a) => [...words(a.label), ...words(a.label), ...words(a.label)]);
    const statementWords = textsOf('bronze').flatMap(words);
    expect([...statementWords, ...areaWords].sort()).toEqual(sourceWords.sort());
  });

  it('keeps each Bronze statement beside its true partner', () => {
    const bronze = mark.levels[0]!;
    if (bronze.criteria.kind !== 'roleGrid') throw new Error('Bronze is a role grid');
    const rows = bronze.criteria.areas.flatMap((a) => a.rows.map((r) => [r.middle!.text.slice(0, 30), r.senior!.text.slice(0, 30)]));
    expect(rows[0]).toEqual(['Create opportunities to talk t', 'Reach explicit agreement with ']);
    expect(rows[6]).toEqual(['Be confident in your knowledge', 'Have a clear vision that is ar']);
    expect(rows[13]).toEqual(['Liaise with a link governor re', 'Recognise the benefits of givi']);
    expect(rows[23]).toEqual(['Ask questions such as: Why doe', 'Develop a school-wide learning']);
  });

  it('publishes every Silver statement word for word, leaving only the headings', () => {
    const silverSource = section('Statement Agree Unsure Disagree', 'Gold — LA Level').replace(
      'identified and prioritised and prioritised',
      'identified and prioritised', // the one correction, recorded in the definition
    );
    expect(leftOver(silverSource, textsOf('silver'))).toBe('');
  });

  it('publishes every Gold activity word for word, leaving only the headings and role names', () => {
    expect(leftOver(section('Future Planned CPD\nActivity', 'PLATINUM'), textsOf('gold'))).toBe(
      'middle leadership teacher leadership team member deputy assistant head new headteacher experienced headteacher',
    );
  });

  it('publishes every Platinum activity word for word, leaving only the headings and role names', () => {
    expect(leftOver(section('CPD Activity\n\nMiddle Leadership', 'Wiltshire Leadership Succession Strategy materials'), textsOf('platinum'))).toBe(
      'leadership team member deputy assistant head new headteacher experienced headteacher',
    );
  });

  it('says where any text was corrected', () => {
    const corrected = mark.levels.flatMap((l) => levelCriteria(l)).filter(({ statement }) => statement.correction);
    expect(corrected.map(({ statement }) => statement.id)).toEqual([
      'flt-1-senior',
      'cluster-23',
      'gold-leadership-team-6',
      'platinum-middle-leadership-1',
    ]);
  });
});
