import type { GroupSurvey } from '~/frameworks/saved/surveyFigures';

export interface QuestionSummary {
  text: string;
  agree: number;
  answered: number;
  /** Share of those who answered who agreed, 0 to 1; undefined when nobody answered or it is not shown. */
  agreeShare?: number;
  /** Too few answered (or responded in the group) for the share to be shown without identifying someone. */
  hidden?: true;
}

export interface GroupSummary {
  responses: number;
  invited?: number;
  /** Responses as a share of those invited, 0 to 1; undefined when the number invited is unknown. */
  responseRate?: number;
  questions: QuestionSummary[];
  /** Fewer responses than the minimum: no question is broken down. */
  hidden?: true;
  /** Figures that cannot all be true, in plain words: more agreeing than answered, and so on. */
  inconsistencies: string[];
}

/**
 * Response rate and share agreeing per question for one group's survey. A group with fewer than
 * `minimumToShow` responses, or a question fewer answered, is not broken down (the survey
 * definition's `minimumToShow`; 1 shows everything).
 */
export function summariseSurvey(survey: GroupSurvey, minimumToShow = 1): GroupSummary {
  const groupHidden = survey.responses > 0 && survey.responses < minimumToShow;
  const inconsistencies: string[] = [];
  if (survey.invited !== undefined && survey.responses > survey.invited) {
    inconsistencies.push(`${survey.responses} responses is more than the ${survey.invited} invited.`);
  }
  const questions = survey.questions.map((q) => {
    if (q.agree > q.answered) inconsistencies.push(`“${q.text}”: ${q.agree} agreeing is more than the ${q.answered} who answered.`);
    if (q.answered > survey.responses) inconsistencies.push(`“${q.text}”: ${q.answered} answered is more than the ${survey.responses} responses.`);
    if (q.answered > 0 && (groupHidden || q.answered < minimumToShow)) return { ...q, hidden: true as const };
    return { ...q, ...(q.answered > 0 ? { agreeShare: q.agree / q.answered } : {}) };
  });
  return {
    responses: survey.responses,
    ...(survey.invited !== undefined ? { invited: survey.invited } : {}),
    ...(survey.invited ? { responseRate: survey.responses / survey.invited } : {}),
    questions,
    ...(groupHidden ? { hidden: true as const } : {}),
    inconsistencies,
  };
}

/** "64%": a share as a whole percentage. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
