// E2E_PORT lets two checkouts run their browser tests side by side; the copy with the new mark
// is served on E2E_COPY_PORT, by default the next port, and the copy under a sub-path on
// E2E_SUBPATH_PORT, by default the one after.

/** The real site's test server. */
export const sitePort = Number(process.env.E2E_PORT ?? 4322);

/** The server of the project's copy with the new mark (tests/fixtures/newMark/). */
export const newMarkPort = Number(process.env.E2E_COPY_PORT ?? sitePort + 1);

/** The server of the copy built for a sub-folder that publishes two marks (tests/fixtures/subPathSite.mjs). */
export const subPathPort = Number(process.env.E2E_SUBPATH_PORT ?? sitePort + 2);

/** A server of the offline test's own, serving a copy of the site it can publish a new version of. */
export const updatePort = Number(process.env.E2E_UPDATE_PORT ?? sitePort + 4);
