import { isRecord } from './readShape';
import type { SavedKind } from './shapes';

/** One step up: data of one version to the next. */
export type Migration = (old: Record<string, unknown>) => unknown;

/** Version 1 of the audit and questionnaire kept ratings as text in the level answers' shape, under a level "ratings". */
function ratingsOfVersion1(old: Record<string, unknown>): Record<string, { rating: unknown; evidence: unknown }> {
  const levels = isRecord(old.levels) ? old.levels : {};
  const criteria = isRecord(levels.ratings) && isRecord(levels.ratings.criteria) ? levels.ratings.criteria : {};
  const items: Record<string, { rating: unknown; evidence: unknown }> = {};
  for (const [id, answer] of Object.entries(criteria)) {
    if (!isRecord(answer)) continue;
    const chosen: unknown = Array.isArray(answer.response) ? answer.response[0] : undefined;
    // Text that is not a whole number stays text, so reading it reports it as damaged.
    const rating = typeof chosen === 'string' && /^-?\d+$/.test(chosen) ? Number(chosen) : chosen;
    items[id] = { rating, evidence: isRecord(answer.texts) ? answer.texts.evidence : undefined };
  }
  return items;
}

/** For each kind, the step from each older version to the next, so data saved by an earlier release still opens. */
export const migrations: Partial<Record<SavedKind, Record<number, Migration>>> = {
  audit: {
    1: (old) => ({ version: 2, items: ratingsOfVersion1(old) }),
  },
  questionnaire: {
    1: (old) => ({
      version: 2,
      ratings: Object.fromEntries(
        Object.entries(ratingsOfVersion1(old))
          .filter(([, { rating }]) => rating !== undefined)
          .map(([id, { rating }]) => [id, rating]),
      ),
    }),
  },
};
