/** One question's results in one group's survey. */
export interface QuestionResult {
  text: string;
  /** How many answered agreeing ("Strongly agree", "Agree"…). */
  agree: number;
  /** How many answered the question at all. */
  answered: number;
}

/** A stakeholder group's survey: how many were asked, how many answered, and each question's results. */
export interface GroupSurvey {
  /** How many were invited to take part, if known. */
  invited?: number;
  responses: number;
  questions: QuestionResult[];
  /** Where the figures came from: typed in, or imported from a file (named). */
  source: { kind: 'manual' } | { kind: 'csv'; fileName: string };
}

/** Every group's survey for a mark, as saved in the browser. */
export interface SurveyData {
  version: 1;
  groups: Record<string, GroupSurvey>;
}

export const emptySurveyData = (): SurveyData => ({ version: 1, groups: {} });

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readGroup(value: unknown): GroupSurvey | undefined {
  if (!isRecord(value) || !isCount(value.responses) || !Array.isArray(value.questions)) return undefined;
  if (value.invited !== undefined && !isCount(value.invited)) return undefined;
  const questions = value.questions.filter(
    (q): q is QuestionResult => isRecord(q) && typeof q.text === 'string' && isCount(q.agree) && isCount(q.answered),
  );
  if (questions.length !== value.questions.length) return undefined;
  const source = value.source;
  const okSource = isRecord(source) && (source.kind === 'manual' || (source.kind === 'csv' && typeof source.fileName === 'string'));
  if (!okSource) return undefined;
  return {
    ...(value.invited !== undefined ? { invited: value.invited } : {}),
    responses: value.responses,
    questions: questions.map((q) => ({ text: q.text, agree: q.agree, answered: q.answered })),
    source: source as GroupSurvey['source'],
  };
}

/** Reads saved survey data without throwing; damaged groups are dropped and counted. */
export function decodeSurveyData(text: string | null | undefined): { data: SurveyData; problem?: string } {
  if (!text) return { data: emptySurveyData() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { data: emptySurveyData(), problem: 'The saved survey figures are not valid JSON, so none could be read.' };
  }
  if (!isRecord(raw) || raw.version !== 1 || !isRecord(raw.groups)) {
    return { data: emptySurveyData(), problem: 'The saved survey figures are not in a form this site recognises, so none could be read.' };
  }
  const groups: SurveyData['groups'] = {};
  let dropped = 0;
  for (const [id, value] of Object.entries(raw.groups)) {
    const group = readGroup(value);
    if (group) groups[id] = group;
    else dropped += 1;
  }
  const data: SurveyData = { version: 1, groups };
  return dropped === 0
    ? { data }
    : {
        data,
        problem: `The saved figures for ${dropped} group${dropped === 1 ? ' were' : 's were'} damaged and could not be read; the rest are kept.`,
      };
}
