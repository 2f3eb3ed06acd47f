/**
 * How much search counts words in a part of a page (Pagefind's data-pagefind-weight, 0 to 10; body text is 1, an h1 7).
 * Measured with the relevance table (node tests/bench/relevance.mjs): a criterion's words count for more than guidance
 * prose that mentions them, so a query that matches a criterion finds its grid first; a biography, testimonials and a
 * source's citation count for almost nothing, so they come after everything else.
 */
export const searchWeight = {
  /** A criterion, a rated item, a level's requirement: a row a search lands on. */
  criterion: '4.5',
  /** A biography, testimonials, a citation. */
  last: '0.1',
} as const;
