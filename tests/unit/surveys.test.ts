import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '~/frameworks/csv';
import { getMark } from '~/frameworks/registry';
import { replaceWithImport, setInvited } from '~/frameworks/saved/editSurveys';
import { importSurveyCsv } from '~/frameworks/surveys/importSurveyCsv';
import { summariseSurvey } from '~/frameworks/surveys/summariseSurvey';
import { decode, empty, problemMessage } from '../fixtures/saved';

const surveys = getMark('wellbeing-qm').surveys!;

const formExport = [
  'Timestamp,I feel safe at school,"Adults listen to me, and act"',
  '2026/03/01 09:00,Strongly agree,Agree',
  '2026/03/01 09:05,Disagree,Agree',
  '2026/03/01 09:07,Agree,',
  '2026/03/01 09:09,Don’t know,Strongly disagree',
  '',
].join('\r\n');

describe('CSV', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\n1,2,3,4')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('writes what it reads', () => {
    const rows = [
      ['Approach', 'Note'],
      ['Pupil voice', 'Said "yes", mostly'],
    ];
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
  });

  it('starts with a byte-order mark, so a spreadsheet reads it as UTF-8', () => {
    expect(formatCsv([['Leaders’ audit']])).toBe('\uFEFFLeaders’ audit\r\n');
  });

  it.each(['=SUM(A1:A9)', '+44 1225', '-2+3', '@cmd', '\tlead', '\rlead'])('escapes %j so a spreadsheet cannot run it as a formula', (text) => {
    expect(parseCsv(formatCsv([[text]]))).toEqual([[`'${text}`]]);
  });

  it.each([
    ['a comma', 'Staff, governors'],
    ['a semicolon', 'Staff; governors'],
    ['a quote', 'Said "yes"'],
    ['a line break', 'Two\nlines'],
    ['a carriage return', 'Two\r\nlines'],
    ['a tab', 'Staff\tgovernors'],
    ['a bar', 'Staff|governors'],
  ])('quotes a cell holding %s, and reads it back whole', (_what, text) => {
    const written = formatCsv([[text, 'next']]);
    expect(written.slice(1, 2)).toBe('"');
    expect(parseCsv(written)).toEqual([[text, 'next']]);
  });

  // A note typed into a tool, as a spreadsheet that splits cells on a semicolon (the default where the
  // decimal mark is a comma), a tab or a bar would see it: no piece may start a formula.
  const hostile = ["ok;=cmd|' /C calc'!A0", 'ok,=1+1', 'ok\t@SUM(A1)', 'ok|+44', 'line one\n=HYPERLINK("x")', 'a;b;-2+3', '=start;=middle'];
  it.each(hostile)('escapes a formula after any separator a spreadsheet might use: %j', (note) => {
    const written = formatCsv([['Note', note]]);
    for (const separator of [',', ';', '\t', '|']) {
      // Quote-aware, as a spreadsheet reads it with that separator…
      const cells = parseCsv(written, separator).flat();
      // …and naively, as one that ignores quotes would.
      const naive = written.split(/\r?\n/).flatMap((line) => line.split(separator));
      for (const piece of [...cells, ...naive].map((c) => c.replace(/^\uFEFF/, '').replace(/^"/, '')))
        expect(piece, `${JSON.stringify(piece)} split on ${JSON.stringify(separator)}`).not.toMatch(/^[=+\-@]/);
    }
  });

  it('writes the semicolon note the probe found as one quoted cell with the formula escaped', () => {
    expect(formatCsv([['ok;=cmd|…']])).toBe('\uFEFF"ok;\'=cmd|…"\r\n');
    expect(parseCsv(formatCsv([['ok;=cmd|…']]), ';')).toEqual([["ok;'=cmd|…"]]);
  });

  it('writes numbers as numbers, negative ones too, and leaves other text alone', () => {
    expect(formatCsv([[-1, 2.5, 'a=b', 'Pupil voice']])).toBe('\uFEFF-1,2.5,a=b,Pupil voice\r\n');
  });
});

describe('importing a survey from a form’s CSV export', () => {
  it('counts responses, answers and agreement per question, ignoring the timestamp', () => {
    const result = importSurveyCsv(formExport, 'pupils.csv', surveys);
    expect(result).toEqual({
      ok: true,
      survey: {
        responses: 4,
        questions: [
          { text: 'I feel safe at school', agree: 2, answered: 4 },
          { text: 'Adults listen to me, and act', agree: 2, answered: 3 },
        ],
        source: { kind: 'csv', fileName: 'pupils.csv' },
      },
    });
  });

  it('reports a row with missing columns and imports nothing', () => {
    const result = importSurveyCsv(formExport.replace('2026/03/01 09:05,Disagree,Agree', '2026/03/01 09:05,Disagree'), 'pupils.csv', surveys);
    expect(result).toEqual({ ok: false, problems: ['Row 3 has 2 values but there are 3 columns: it may be a stray or broken row.'] });
  });

  it('reports a stray totals row, naming the row, the question and the value', () => {
    const result = importSurveyCsv(`${formExport}Total,3,2\r\n`, 'pupils.csv', surveys);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^Row 6, “I feel safe at school”: “3” is not an answer this tool recognises/);
    expect(!result.ok && result.problems).toHaveLength(2);
  });

  it('reports a question column with no heading', () => {
    const result = importSurveyCsv('Timestamp,,Q2\r\nx,Agree,Agree\r\n', 'p.csv', surveys);
    expect(result).toEqual({
      ok: false,
      problems: ['Column 2 has no heading in the first row; every question column needs its question as a heading.'],
    });
  });

  it('reports an empty file and one with no responses', () => {
    expect(importSurveyCsv('', 'p.csv', surveys)).toMatchObject({ ok: false, problems: [expect.stringContaining('p.csv is empty')] });
    expect(importSurveyCsv('Timestamp,Q1\r\n', 'p.csv', surveys)).toEqual({ ok: false, problems: ['p.csv has a heading row but no responses.'] });
  });

  it('keeps the number invited when figures are imported over a group', () => {
    const imported = importSurveyCsv(formExport, 'pupils.csv', surveys);
    if (!imported.ok) throw new Error('expected an import');
    const data = replaceWithImport(setInvited(empty('surveys'), 'pupils', 10), 'pupils', imported.survey);
    expect(summariseSurvey(data.groups.pupils!)).toMatchObject({ invited: 10, responses: 4, responseRate: 0.4 });
  });
});

describe('survey summary', () => {
  it('gives the response rate and the share agreeing per question', () => {
    const summary = summariseSurvey({ invited: 200, responses: 50, questions: [{ text: 'Q', agree: 30, answered: 40 }], source: { kind: 'manual' } });
    expect(summary).toMatchObject({ responseRate: 0.25, questions: [{ agreeShare: 0.75 }], inconsistencies: [] });
  });

  it('leaves the rate out when the number invited is unknown, and the share when nobody answered', () => {
    const summary = summariseSurvey({ responses: 5, questions: [{ text: 'Q', agree: 0, answered: 0 }], source: { kind: 'manual' } });
    expect(summary.responseRate).toBeUndefined();
    expect(summary.questions[0]!.agreeShare).toBeUndefined();
  });

  it('points out figures that cannot all be true', () => {
    const summary = summariseSurvey({ invited: 10, responses: 12, questions: [{ text: 'Q', agree: 9, answered: 8 }], source: { kind: 'manual' } });
    expect(summary.inconsistencies).toEqual(['12 responses is more than the 10 invited.', '“Q”: 9 agreeing is more than the 8 who answered.']);
  });

  it('keeps readable saved groups when one is damaged', () => {
    const saved = JSON.stringify({
      version: 1,
      groups: {
        pupils: { responses: 3, questions: [], source: { kind: 'manual' } },
        staff: { responses: -1, questions: [], source: { kind: 'manual' } },
      },
    });
    expect(decode('surveys', saved).value).toEqual({ version: 1, groups: { pupils: { responses: 3, questions: [], source: { kind: 'manual' } } } });
    expect(problemMessage('surveys', saved)).toBe('The saved figures for 1 group were damaged and could not be read; the rest are kept.');
  });
});
