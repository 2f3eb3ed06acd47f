import { levelCriteria, responseLabel } from '../criteria';
import { formatCsv } from '../csv';
import { priorities } from '../ratings/priorities';
import { auditRatingValues } from '../saved/editRatings';
import type { Mark } from '../schema';
import { percent, summariseSurvey } from '../surveys/summariseSurvey';
import type { MarkData } from './format';

/** The spreadsheet's own words, from the interface text, so a hub's rewording reaches the file. */
export interface MarkCsvWords {
  section: string;
  group: string;
  /** The criterion's short reference column ("B3.2"). */
  ref: string;
  id: string;
  statement: string;
  answer: string;
  /** The audit's evidence column, merged with a level field of the same label. */
  evidence: string;
  notInRevision: string;
  responsesCollected: string;
  /** "mean {mean} from {count} responses" */
  staffMean: (mean: string, count: number) => string;
  /** "{agree} of {answered} agree ({percent})" */
  agreeing: (agree: number, answered: number, share: string) => string;
  /** "{responses} responses of {invited} invited" */
  responses: (responses: number, invited?: number) => string;
}

/**
 * Every tool's answers for a mark as one spreadsheet: a row per criterion, requirement, rated item
 * and survey question, with the mark's own field labels (evidence, actions) as columns. Answers to
 * criteria the mark no longer has are listed too, marked as such.
 */
export function markCsv(mark: Mark, data: MarkData, words: MarkCsvWords): string {
  const fieldLabels = [...new Set([...mark.levels.flatMap((l) => l.fields.map((f) => f.label)), ...(mark.ratings ? [words.evidence] : [])])];
  const rows: (string | number)[][] = [[words.section, words.group, words.ref, words.id, words.statement, words.answer, ...fieldLabels]];
  // A criterion's row carries its reference ("B3.2"); other rows leave that column empty.
  const row = (section: string, group: string, id: string, statement: string, answer: string, texts: Record<string, string> = {}, ref = '') =>
    rows.push([section, group, ref, id, statement, answer, ...fieldLabels.map((label) => texts[label] ?? '')]);

  for (const level of mark.levels) {
    const answers = data.answers?.levels[level.id];
    const labelOf = (optionId: string) => responseLabel(level, optionId);
    const textsOf = (texts: Record<string, string>) =>
      Object.fromEntries(Object.entries(texts).map(([fieldId, text]) => [level.fields.find((f) => f.id === fieldId)?.label ?? fieldId, text]));
    const known = new Set<string>();
    for (const { statement, group, ref } of levelCriteria(level)) {
      known.add(statement.id);
      const answer = answers?.criteria[statement.id];
      row(level.name, group ?? '', statement.id, statement.text, answer?.response.map(labelOf).join('; ') ?? '', textsOf(answer?.texts ?? {}), ref);
    }
    for (const requirement of level.requirements) {
      known.add(requirement.id);
      row(level.name, '', requirement.id, requirement.text, answers?.requirements[requirement.id] ?? '');
    }
    for (const [id, answer] of Object.entries(answers?.criteria ?? {}))
      if (!known.has(id)) row(level.name, '', id, words.notInRevision, answer.response.map(labelOf).join('; '), textsOf(answer.texts));
  }

  if (mark.ratings) {
    const { ratings } = mark;
    const scaleLabel = (value: number | undefined) => {
      const point = ratings.scale.find((p) => p.value === value);
      return point ? `${point.value} ${point.label}` : '';
    };
    for (const item of ratings.items) {
      const entry = data.audit?.items[item.id];
      row(ratings.auditTitle, item.name, item.id, item.prompt, scaleLabel(entry?.rating), { [words.evidence]: entry?.evidence ?? '' });
    }
    for (const item of ratings.items)
      row(ratings.questionnaireTitle, item.name, item.id, item.prompt, scaleLabel(data.questionnaire?.ratings[item.id]));
    const collected = data.responses?.responses ?? [];
    if (collected.length > 0)
      for (const p of priorities(ratings, data.audit ? auditRatingValues(data.audit) : {}, collected))
        if (p.staffMean !== undefined)
          row(words.responsesCollected, p.item.name, p.item.id, p.item.prompt, words.staffMean(p.staffMean.toFixed(1), p.staffCount));
  }

  if (mark.surveys)
    for (const group of mark.surveys.groups) {
      const survey = data.surveys?.groups[group.id];
      if (!survey) continue;
      const summary = summariseSurvey(survey, mark.surveys.minimumToShow);
      row(mark.surveys.title, group.label, group.id, '', words.responses(summary.responses, summary.invited));
      for (const q of summary.questions)
        row(
          mark.surveys.title,
          group.label,
          '',
          q.text,
          q.agreeShare === undefined ? '' : words.agreeing(q.agree, q.answered, percent(q.agreeShare)),
        );
    }
  return formatCsv(rows);
}
