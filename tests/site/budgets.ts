/** Byte budgets per kind of page, gzip. A documentation-theme baseline with the same content loads about 33 KB of JS. */
export const budgets = {
  /** Guidance and grid pages, before search is used. */
  readingPageJs: 5 * 1024,
  /**
   * Pages with a self-assessment tool. 85 KB since Vite's own preload helper and chunking by the module graph
   * replaced the rewriting of its output (src/integrations/bundleShape.ts), which bought about 1.3 KB.
   */
  toolPageJs: 85 * 1024,
  cssPerPage: 15 * 1024,
  /** Text is set in the system's own sans-serif (src/styles/tokens.css): no font file at all. */
  fontFilesPerPage: 0,
};
