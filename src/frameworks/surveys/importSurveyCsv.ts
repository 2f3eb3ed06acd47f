import { parseCsv } from '~/frameworks/csv';
import type { Surveys } from '~/frameworks/schema';
import type { GroupSurvey } from '~/frameworks/saved/surveyFigures';

export type SurveyImport = { ok: true; survey: GroupSurvey } | { ok: false; problems: string[] };

const MAX_LISTED = 8;

/**
 * Turns an online form's CSV export (a heading row, then one row per response, one column per
 * question) into a group's results. Anything it cannot read (a short row, an answer it does not
 * recognise, a missing heading) is reported and nothing is imported, so results are never half-read.
 */
export function importSurveyCsv(text: string, fileName: string, surveys: Surveys): SurveyImport {
  const rows = parseCsv(text);
  // Blank lines (often at the end of an export) hold no response.
  const isBlank = (row: string[]) => row.every((c) => c.trim() === '');
  const header = rows[0];
  if (!header || isBlank(header)) {
    return { ok: false, problems: [`${fileName} is empty. Export the responses from your form as CSV, with the questions as the first row.`] };
  }
  const problems: string[] = [];
  const ignore = new Set(surveys.ignoreColumns.map((c) => c.toLowerCase()));
  const headings = header.map((h) => h.trim());
  headings.forEach((h, i) => {
    if (h === '') problems.push(`Column ${i + 1} has no heading in the first row; every question column needs its question as a heading.`);
  });
  const columns = headings.map((h, i) => ({ heading: h, index: i })).filter((c) => c.heading !== '' && !ignore.has(c.heading.toLowerCase()));
  if (columns.length === 0 && problems.length === 0) {
    problems.push(`${fileName} has no question columns: the first row should hold the questions.`);
  }

  const normalise = (answer: string) => answer.trim().toLowerCase().replace(/’/g, "'");
  const agree = new Set(surveys.agreeAnswers.map(normalise));
  const known = new Set([...surveys.agreeAnswers, ...surveys.otherAnswers].map(normalise));
  const results = columns.map((c) => ({ text: c.heading, agree: 0, answered: 0 }));
  let responses = 0;

  rows.slice(1).forEach((row, r) => {
    const rowNumber = r + 2; // as a spreadsheet numbers it, heading row first
    if (isBlank(row)) return;
    if (row.length !== header.length) {
      problems.push(
        `Row ${rowNumber} has ${row.length} value${row.length === 1 ? '' : 's'} but there are ${header.length} columns: it may be a stray or broken row.`,
      );
      return;
    }
    responses += 1;
    columns.forEach((c, q) => {
      const answer = row[c.index]!;
      if (answer.trim() === '') return;
      if (!known.has(normalise(answer))) {
        problems.push(
          `Row ${rowNumber}, “${c.heading}”: “${answer.trim()}” is not an answer this tool recognises (expected ${[...surveys.agreeAnswers, ...surveys.otherAnswers.filter((a) => !a.includes("'"))].map((a) => `“${a}”`).join(', ')}, or blank).`,
        );
        return;
      }
      results[q]!.answered += 1;
      if (agree.has(normalise(answer))) results[q]!.agree += 1;
    });
  });
  if (responses === 0 && problems.length === 0) problems.push(`${fileName} has a heading row but no responses.`);

  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED);
    if (problems.length > MAX_LISTED) listed.push(`…and ${problems.length - MAX_LISTED} more problems.`);
    return { ok: false, problems: listed };
  }
  return { ok: true, survey: { responses, questions: results, source: { kind: 'csv', fileName } } };
}
