import { parseCsv } from '~/frameworks/csv';
import type { Surveys } from '~/frameworks/schema';
import type { GroupSurvey } from '~/frameworks/saved/surveyFigures';
import { csvDelimiter, decodeCsv } from './decodeCsv';

export type SurveyImport = { ok: true; survey: GroupSurvey } | { ok: false; problems: string[] };

const MAX_LISTED = 8;

/**
 * Turns an online form's CSV export (a heading row, then one row per response, one column per
 * question) into a group's results. Anything it cannot read (a short row, an answer it does not
 * recognise, a missing heading) is reported and nothing is imported, so results are never half-read.
 */
export function importSurveyCsv(text: string, fileName: string, surveys: Surveys): SurveyImport {
  const rows = parseCsv(text, csvDelimiter(text));
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

/** Imports a CSV file from its bytes, whatever its encoding (see decodeCsv.ts); a file that is not text is refused naming why. */
export function importSurveyCsvBytes(bytes: Uint8Array, fileName: string, surveys: Surveys): SurveyImport {
  const decoded = decodeCsv(bytes, fileName);
  return decoded.ok ? importSurveyCsv(decoded.text, fileName, surveys) : { ok: false, problems: [decoded.problem] };
}

/** What importing would change in a group's typed figures: each that differs, as before and after; empty when nothing was typed. */
export interface SurveyChange {
  what: 'responses' | 'question';
  /** The question's text, for a question. */
  text?: string;
  before?: string;
  after?: string;
}

const figures = (q: { agree: number; answered: number }) => `${q.agree}/${q.answered}`;

/** The typed figures an import would replace: the responses, and each question added, changed or removed. */
export function surveyChanges(before: GroupSurvey | undefined, after: GroupSurvey): SurveyChange[] {
  if (!before || (before.responses === 0 && before.questions.length === 0)) return [];
  const changes: SurveyChange[] = [];
  if (before.responses !== after.responses) changes.push({ what: 'responses', before: String(before.responses), after: String(after.responses) });
  const was = new Map(before.questions.map((q) => [q.text.trim().toLowerCase(), q]));
  for (const q of after.questions) {
    const old = was.get(q.text.trim().toLowerCase());
    was.delete(q.text.trim().toLowerCase());
    if (!old) changes.push({ what: 'question', text: q.text, after: figures(q) });
    else if (figures(old) !== figures(q)) changes.push({ what: 'question', text: q.text, before: figures(old), after: figures(q) });
  }
  for (const q of was.values()) changes.push({ what: 'question', text: q.text, before: figures(q) });
  return changes;
}
