import type { AuditRatings, QuestionnaireAnswers } from './auditRatings';
import type { CollectedResponses } from './collectedResponses';
import type { SavedCheck } from './decodeSaved';

// Ratings off the mark's scale ("99", or text that was never a number) are dropped and
// reported when saved data is read, so a priority is never ranked from NaN.

/** The audit with only ratings on the scale; an off-scale rating is dropped, its evidence kept. */
export const auditOnScale =
  (scale: readonly number[]): SavedCheck<AuditRatings> =>
  (audit) => {
    let dropped = 0;
    const items: AuditRatings['items'] = {};
    for (const [id, { rating, evidence }] of Object.entries(audit.items)) {
      const kept = rating === undefined || scale.includes(rating);
      if (!kept) dropped += 1;
      items[id] = kept && rating !== undefined ? { rating, evidence } : { evidence };
    }
    return { value: { ...audit, items }, dropped };
  };

function keepOnScale(ratings: Record<string, number>, scale: readonly number[]): { kept: Record<string, number>; dropped: number } {
  const entries = Object.entries(ratings);
  const kept = entries.filter(([, value]) => scale.includes(value));
  return { kept: Object.fromEntries(kept), dropped: entries.length - kept.length };
}

/** The questionnaire with only ratings on the scale. */
export const questionnaireOnScale =
  (scale: readonly number[]): SavedCheck<QuestionnaireAnswers> =>
  (answers) => {
    const { kept, dropped } = keepOnScale(answers.ratings, scale);
    return { value: { ...answers, ratings: kept }, dropped };
  };

/** Collected responses with only ratings on the scale. */
export const responsesOnScale =
  (scale: readonly number[]): SavedCheck<CollectedResponses> =>
  (collected) => {
    let dropped = 0;
    const responses = collected.responses.map((response) => {
      const checked = keepOnScale(response.ratings, scale);
      dropped += checked.dropped;
      return { ...response, ratings: checked.kept };
    });
    return { value: { ...collected, responses }, dropped };
  };
