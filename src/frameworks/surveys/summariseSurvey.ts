import type { GroupSurvey } from '~/frameworks/saved/surveyFigures';

export interface QuestionSummary {
  text: string;
  agree: number;
  answered: number;
  /** Share of those who answered who agreed, 0 to 1; undefined when nobody answered. */
  agreeShare?: number;
}

export interface GroupSummary {
  responses: number;
  invited?: number;
  /** Responses as a share of those invited, 0 to 1; undefined when the number invited is unknown. */
  responseRate?: number;
  questions: QuestionSummary[];
  /** Figures that cannot all be true, in plain words: more agreeing than answered, and so on. */
  inconsistencies: string[];
}

/** Response rate and share agreeing per question for one group's survey. */
export function summariseSurvey(survey: GroupSurvey): GroupSummary {
  const inconsistencies: string[] = [];
  if (survey.invited !== undefined && survey.responses > survey.invited) {
    inconsistencies.push(`${survey.responses} responses is more than the ${survey.invited} invited.`);
  }
  const questions = survey.questions.map((q) => {
    if (q.agree > q.answered) inconsistencies.push(`“${q.text}”: ${q.agree} agreeing is more than the ${q.answered} who answered.`);
    if (q.answered > survey.responses) inconsistencies.push(`“${q.text}”: ${q.answered} answered is more than the ${survey.responses} responses.`);
    return { ...q, ...(q.answered > 0 ? { agreeShare: q.agree / q.answered } : {}) };
  });
  return {
    responses: survey.responses,
    ...(survey.invited !== undefined ? { invited: survey.invited } : {}),
    ...(survey.invited ? { responseRate: survey.responses / survey.invited } : {}),
    questions,
    inconsistencies,
  };
}

/** "64%": a share as a whole percentage. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
