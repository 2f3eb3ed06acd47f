/**
 * How much search counts words in a part of a page (Pagefind's data-pagefind-weight, 0 to 10; body text is 1, an h1 7).
 * Measured with the relevance table (node tests/bench/relevance.mjs): a criterion's words count for more than guidance
 * prose that mentions them, so a query that matches a criterion finds its grid first; a biography, testimonials and a
 * source's citation count for almost nothing, so they come after everything else.
 */
export const searchWeight = {
  /** A criterion, a rated item, a level's requirement: a row a search lands on. */
  criterion: '4.5',
  /**
   * A staff questionnaire's question: a result of its own, landing on it in the questionnaire. Its words are the leaders'
   * audit's item's, so it counts a little less: a search in the item's words finds the audit's item first, and words
   * only the question holds ("questionnaire", from its title) find the question.
   */
  question: '4',
  /** A biography, testimonials, a citation. */
  last: '0.1',
} as const;
