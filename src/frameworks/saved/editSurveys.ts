import type { GroupSurvey, QuestionResult, SurveyFigures } from './surveyFigures';

// Pure edits of survey figures; each returns new data and leaves its input untouched.

const blankGroup = (): GroupSurvey => ({ responses: 0, questions: [], source: { kind: 'manual' } });

/** Changes one group's figures; typing over imported figures makes them the school's own. */
export function updateGroup(data: SurveyFigures, groupId: string, change: (group: GroupSurvey) => GroupSurvey): SurveyFigures {
  return { ...data, groups: { ...data.groups, [groupId]: change(data.groups[groupId] ?? blankGroup()) } };
}

/** Sets, or with undefined clears, how many were invited. */
export const setInvited = (data: SurveyFigures, groupId: string, invited: number | undefined) =>
  updateGroup(data, groupId, ({ invited: _old, ...group }) => (invited === undefined ? group : { ...group, invited }));

export const setResponses = (data: SurveyFigures, groupId: string, responses: number) =>
  updateGroup(data, groupId, (group) => ({ ...group, responses, source: { kind: 'manual' } }));

export const addQuestion = (data: SurveyFigures, groupId: string) =>
  updateGroup(data, groupId, (group) => ({
    ...group,
    questions: [...group.questions, { text: '', agree: 0, answered: 0 }],
    source: { kind: 'manual' },
  }));

export const removeQuestion = (data: SurveyFigures, groupId: string, index: number) =>
  updateGroup(data, groupId, (group) => ({ ...group, questions: group.questions.filter((_, i) => i !== index) }));

export const setQuestion = (data: SurveyFigures, groupId: string, index: number, change: Partial<QuestionResult>) =>
  updateGroup(data, groupId, (group) => ({
    ...group,
    questions: group.questions.map((q, i) => (i === index ? { ...q, ...change } : q)),
    source: { kind: 'manual' },
  }));

/** Puts imported figures in place of a group's, keeping the number invited the school typed. */
export const replaceWithImport = (data: SurveyFigures, groupId: string, imported: GroupSurvey) =>
  updateGroup(data, groupId, (group) => ({ ...imported, ...(group.invited !== undefined ? { invited: group.invited } : {}) }));
