import { describe, expect, it } from 'vitest';
import { csvDelimiter, decodeCsv } from '~/frameworks/surveys/decodeCsv';
import { importSurveyCsvBytes, surveyChanges } from '~/frameworks/surveys/importSurveyCsv';
import type { GroupSurvey } from '~/frameworks/saved/surveyFigures';
import { markDefinition } from '../fixtures/adapters';

const surveys = markDefinition('wellbeing-qm').surveys!;
const CSV = 'Timestamp,Les élèves se sentent en sécurité,I’m listened to\n2026/03/02 18:00,Agree,Agree\n2026/03/02 18:05,Disagree,Strongly agree\n';
const expected = {
  ok: true,
  survey: {
    responses: 2,
    questions: [
      { text: 'Les élèves se sentent en sécurité', agree: 1, answered: 2 },
      { text: 'I’m listened to', agree: 2, answered: 2 },
    ],
    source: { kind: 'csv', fileName: 'form.csv' },
  },
};

const utf16 = (text: string, bigEndian: boolean, bom = true) => {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
  }
  return new Uint8Array(bytes);
};
/** Windows-1252: é is 0xE9, ’ is 0x92. */
const windows1252 = (text: string) => new Uint8Array(Array.from(text, (ch) => (ch === '’' ? 0x92 : ch.charCodeAt(0))));

describe('a survey CSV in any encoding a spreadsheet saves', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(CSV), 'UTF-8'],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]), 'UTF-8'],
    ['UTF-16 little-endian with its mark', utf16(CSV, false), 'UTF-16'],
    ['UTF-16 big-endian with its mark', utf16(CSV, true), 'UTF-16'],
    ['UTF-16 without a mark', utf16(CSV, false, false), 'UTF-16'],
    ['Windows-1252', windows1252(CSV), 'Windows-1252'],
  ])('reads %s, accented headings intact', (_name, bytes, encoding) => {
    const decoded = decodeCsv(bytes, 'form.csv');
    expect(decoded).toMatchObject({ ok: true, encoding });
    expect(importSurveyCsvBytes(bytes, 'form.csv', surveys)).toEqual(expected);
  });

  it.each([
    ['semicolons', CSV.replace(/,/g, ';')],
    ['tabs', CSV.replace(/,/g, '\t')],
    ['semicolons with a quoted comma in a heading', 'Timestamp;"Safe, happy";Q2\nx;Agree;Agree\n'],
  ])('recognises %s as the delimiter', (_name, text) => {
    const result = importSurveyCsvBytes(new TextEncoder().encode(text), 'form.csv', surveys);
    expect(result.ok).toBe(true);
  });

  it('takes the delimiter from the heading row only', () => {
    expect(csvDelimiter('a;b;c\n"1,2,3,4,5";x;y')).toBe(';');
    expect(csvDelimiter('a,b\n')).toBe(',');
    expect(csvDelimiter('single')).toBe(',');
  });

  it('refuses a workbook or a binary file, naming the cause', () => {
    expect(importSurveyCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'form.xlsx', surveys)).toEqual({
      ok: false,
      problems: ['form.xlsx is a spreadsheet workbook (.xlsx or .ods), not a CSV file. Save or export it “as CSV” and import that.'],
    });
    expect(importSurveyCsvBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0]), 'form.xls', surveys).ok).toBe(false);
    const binary = importSurveyCsvBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 7, 3, 0, 9]), 'photo.csv', surveys);
    expect(binary).toEqual({ ok: false, problems: [expect.stringContaining('photo.csv is not a text file')] });
  });
});

describe('importing over typed figures', () => {
  const typed: GroupSurvey = {
    responses: 30,
    questions: [
      { text: 'I feel valued', agree: 21, answered: 28 },
      { text: 'Workload', agree: 5, answered: 10 },
    ],
    source: { kind: 'manual' },
  };
  const imported: GroupSurvey = {
    responses: 31,
    questions: [
      { text: 'I feel valued', agree: 22, answered: 29 },
      { text: 'New question', agree: 1, answered: 2 },
    ],
    source: { kind: 'csv', fileName: 'f.csv' },
  };

  it('lists every figure that would change', () => {
    expect(surveyChanges(typed, imported)).toEqual([
      { what: 'responses', before: '30', after: '31' },
      { what: 'question', text: 'I feel valued', before: '21/28', after: '22/29' },
      { what: 'question', text: 'New question', after: '1/2' },
      { what: 'question', text: 'Workload', before: '5/10' },
    ]);
  });

  it('asks nothing when nothing was typed, or nothing would change', () => {
    expect(surveyChanges(undefined, imported)).toEqual([]);
    expect(surveyChanges({ responses: 0, questions: [], source: { kind: 'manual' } }, imported)).toEqual([]);
    expect(surveyChanges(imported, { ...imported, source: { kind: 'manual' } })).toEqual([]);
  });
});
