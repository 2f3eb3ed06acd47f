import type { AuditRatings, QuestionnaireAnswers } from './auditRatings';

// Pure edits of ratings; each returns new data and leaves its input untouched.

/** Rates an item in the leaders' audit, keeping its evidence. */
export const setAuditRating = (audit: AuditRatings, itemId: string, rating: number): AuditRatings => ({
  ...audit,
  items: { ...audit.items, [itemId]: { evidence: audit.items[itemId]?.evidence ?? '', rating } },
});

/** Sets the evidence for an item of the leaders' audit, keeping its rating. */
export const setAuditEvidence = (audit: AuditRatings, itemId: string, evidence: string): AuditRatings => ({
  ...audit,
  items: { ...audit.items, [itemId]: { ...audit.items[itemId], evidence } },
});

/** Rates an item of the staff questionnaire. */
export const setQuestionnaireRating = (answers: QuestionnaireAnswers, itemId: string, rating: number): QuestionnaireAnswers => ({
  ...answers,
  ratings: { ...answers.ratings, [itemId]: rating },
});

/** The audit's ratings by item id; unrated items are left out. */
export const auditRatingValues = (audit: AuditRatings): Record<string, number> =>
  Object.fromEntries(Object.entries(audit.items).flatMap(([id, { rating }]) => (rating === undefined ? [] : [[id, rating]])));
