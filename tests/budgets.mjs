// Every budget of the project in one place: the checks of the built site (tests/site/budgets.test.ts) and `npm run bench`
// (tests/bench/) both read them from here. Bytes are budgets in KB: they do not move between machines. A time moves
// (the same search took 205 ms on one machine and 500 ms on another), so every timing is a ratio to Starlight measured
// in the same run on the same machine, the absolute figures printed beside it; the two exceptions are the per-task
// limits decided in issue 25, and combining files, which no Starlight page does.

const KB = 1024;

/** Bytes, gzip: read from the built files by budgets.test.ts, and counted on the wire by the bench. */
export const bytes = {
  /** A reading page (home, guidance, grid) on a first visit, everything it transfers. */
  readingPage: 16 * KB,
  /**
   * A reading page of a brand with `"font": "inter"` (issue 24: the example brand, severn-hub), on a first visit,
   * everything it transfers: the page as above and its one font file, Inter 400 Latin (23 KB; bold is drawn from it).
   */
  brandedReadingPage: 45 * KB,
  /** JavaScript on a reading page: none, neither a file nor inline. */
  readingPageJs: 0,
  /** A level's printable pack: one inline script that dates its sheets. */
  levelPackJs: 400,
  /**
   * The search page: its script that starts Pagefind (the engine itself loads with the first search). 6 KB since
   * Vite's own preload helper replaced the rewriting of its output (issue 25, 0.9 KB) and results are ordered by the
   * query's words and the mark searched from (issue 26, 1.1 KB); it was 5 KB.
   */
  searchPageJs: 6 * KB,
  /** A page with a self-assessment tool (issue 25: 85 KB). */
  toolPageJs: 85 * KB,
  /** The stylesheets of any page. */
  cssPerPage: 15 * KB,
  /** What the first search fetches from Pagefind; Starlight's first search fetches about 90 KB. */
  firstSearch: 90 * KB,
  /** How much one grid page's HTML may grow from 1 mark to 53 (bytes). */
  gridPageGrowth: 100,
};

/** Font files a page may load: none, text is set in the platform's own sans-serif. */
export const fontFilesPerPage = 0;

/** Font files a page of a brand with `"font": "inter"` may load: one, Inter 400 Latin (src/integrations/brand.ts). */
export const brandFontFilesPerPage = 1;

/** Timings as a multiple of Starlight 0.42's, measured in the same run (tests/bench/starlightSite.mjs). */
export const starlightRatio = {
  /** Build time a page: 1,013 generated pages against Starlight's 1,000 pages of the Bronze grid. */
  buildPerPage: 1.0,
  /** Build time of the real site and of the small generated sites, against Starlight's whole 1,000-page build. */
  smallBuild: 1.0,
  /** Enter to the first result shown, cold page, against Starlight's Pagefind UI on the same queries. */
  firstSearch: 0.5,
  /** The Bronze grid page's longest task at 4x CPU slowdown, first page and from another page of the site. */
  gridLongestTask: 1.0,
};

/** Timings as a multiple of the same site's: 10,000 generated pages against 1,013, a page (BENCH_10K=1). */
export const scaleRatio = { buildPerPage10k: 1.2 };

/** Absolute limits at 4x CPU slowdown, in ms (issue 25's decisions; a first visit's whole tasks have no budget). */
export const taskMs = {
  /** The longest task of a tool page reached from its mark's page. */
  toolFromMark: 50,
  /** JavaScript in one task of a tool page, at load or on a click. */
  scriptPerTask: 50,
};

/** Combining 500 self-assessment files, CPU time in ms: a job no Starlight page does, so no ratio. */
export const combineMs = 1000;

/** Lighthouse (mobile) scores, each category. */
export const lighthouseScore = 1;
