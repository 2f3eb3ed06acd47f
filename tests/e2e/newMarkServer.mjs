// Playwright's second web server, one origin for two copies of the project: the copy with the new mark
// (tests/fixtures/newMark/) at the root, and the example hub brand under its base path (/severn/),
// as two copies would share a school's host. Builds both (unless built from the same sources before), then serves them.
import { buildBrandSite, exampleBase, exampleBrand, exampleSiteUrl } from '../fixtures/brandSite.mjs';
import { buildNewMarkSite } from '../fixtures/newMarkSite.mjs';

process.env.DIST_ROOT = buildNewMarkSite();
process.env.DIST_MOUNTS = JSON.stringify({ [exampleBase]: buildBrandSite(exampleBrand, { siteUrl: exampleSiteUrl }) });
await import('./serveDist.mjs');
