import { INPUT_MAX_BYTES } from '../limits';
import type { Mark, Ratings } from '../schema';

// Without zod: saving a file and the tools' save control load this, and only opening a file needs zod.

export const MARK_FILE_FORMAT = 'qmh-self-assessment';
/** Files are refused above this size (src/frameworks/limits.ts): a whole mark's answers are a few hundred kilobytes at most. */
export const MARK_FILE_MAX_BYTES = INPUT_MAX_BYTES;

/** The kinds of saved data a mark file carries, by the names of their storage keys (src/frameworks/saved/shapes.ts). */
export const MARK_KINDS = ['answers', 'audit', 'questionnaire', 'responses', 'surveys', 'plan', 'snapshots', 'team'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** The kinds a mark's tools keep: level answers, ratings and their responses, survey figures, the action plan and snapshots. */
export function kindsOf(mark: Pick<Mark, 'levels' | 'ratings' | 'surveys'>): MarkKind[] {
  return [
    ...(mark.levels.length > 0 ? (['answers'] as const) : []),
    ...(mark.ratings ? (['audit', 'questionnaire', 'responses'] as const) : []),
    ...(mark.surveys ? (['surveys'] as const) : []),
    // The action plan's details and snapshots, for a mark with criteria or rated items to act on.
    ...(mark.levels.length > 0 || mark.ratings ? (['plan', 'snapshots'] as const) : []),
    // The team page's combined files and choices, for a mark with levels to combine.
    ...(mark.levels.length > 0 ? (['team'] as const) : []),
  ];
}

/** What the tools need to know of a mark to save, open and share its data, passed to islands instead of the whole definition. */
export interface MarkRef {
  id: string;
  name: string;
  revision: number;
  kinds: MarkKind[];
  /** The ratings' scale, which saved ratings are checked against; absent for a mark without ratings. */
  scale?: Ratings['scale'];
}

export const markRef = (mark: Mark): MarkRef => ({
  id: mark.id,
  name: mark.name,
  revision: mark.revision,
  kinds: kindsOf(mark),
  ...(mark.ratings ? { scale: mark.ratings.scale } : {}),
});
