import { formatCsv } from '../csv';
import type { PlanStatus } from '../saved/planDetails';
import type { PlanRow } from './actionPlan';

/** The spreadsheet's words, from the interface text. */
export interface PlanCsvWords {
  section: string;
  group: string;
  statement: string;
  action: string;
  owner: string;
  due: string;
  status: string;
  impact: string;
  /** Written beside the date of an overdue action. */
  overdue: string;
  statusWord: (status: PlanStatus) => string;
}

/** The action plan as a spreadsheet: a row per action, with its owner, target date, status (in words) and impact. */
export function planCsv(rows: PlanRow[], words: PlanCsvWords): string {
  return formatCsv([
    [words.section, words.group, words.statement, words.action, words.owner, words.due, words.status, words.impact, words.overdue],
    ...rows.map((r) => [
      r.sectionName,
      r.group ?? '',
      r.statement,
      r.action,
      r.details.owner,
      r.details.due,
      words.statusWord(r.details.status),
      r.details.impact,
      r.overdue ? words.overdue : '',
    ]),
  ]);
}
