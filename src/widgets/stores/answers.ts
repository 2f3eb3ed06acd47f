import { decodeAnswers, emptyAnswers, type MarkAnswers } from '~/frameworks/answers';
import { decodeCollected, emptyCollected } from '~/frameworks/ratings/collectedResponses';
import { decodeSurveyData, emptySurveyData } from '~/frameworks/surveys/surveyData';
import { persisted, type Persisted } from './persistent';

const answersAt = (key: string) =>
  persisted(key, emptyAnswers, (text) => {
    const { answers, problem } = decodeAnswers(text);
    return { value: answers, ...(problem ? { problem } : {}) };
  });

/** A mark's level answers: every criterion, note and action, shared by all its pages. */
export const markAnswers = (markId: string) => answersAt(`qmh:answers:${markId}`);

/** A leader's audit ratings and evidence, in the same saved shape. */
export const auditAnswers = (markId: string) => answersAt(`qmh:audit:${markId}`);

/** A member of staff's own questionnaire answers, on their own device. */
export const questionnaireAnswers = (markId: string) => answersAt(`qmh:questionnaire:${markId}`);

/** Questionnaire responses a leader has collected from staff files. */
export const collectedResponses = (markId: string) =>
  persisted(`qmh:responses:${markId}`, emptyCollected, (text) => {
    const { data, problem } = decodeCollected(text);
    return { value: data, ...(problem ? { problem } : {}) };
  });

/** Survey figures per stakeholder group. */
export const surveyFigures = (markId: string) =>
  persisted(`qmh:surveys:${markId}`, emptySurveyData, (text) => {
    const { data, problem } = decodeSurveyData(text);
    return { value: data, ...(problem ? { problem } : {}) };
  });

/** Applies a pure edit to saved answers. */
export function edit(store: Persisted<MarkAnswers>, change: (answers: MarkAnswers) => MarkAnswers): void {
  store.$value.set(change(store.$value.get()));
}
