/** Byte budgets per kind of page, gzip. A documentation-theme baseline with the same content loads about 33 KB of JS. */
export const budgets = {
  /** Guidance and grid pages, before search is used. */
  readingPageJs: 5 * 1024,
  /** Pages with a self-assessment tool. */
  toolPageJs: 80 * 1024,
  cssPerPage: 15 * 1024,
  /** Text is set in the system's own sans-serif (src/styles/tokens.css): no font file at all. */
  fontFilesPerPage: 0,
};
