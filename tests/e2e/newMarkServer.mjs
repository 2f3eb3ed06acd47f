// Playwright's second web server, one origin for two copies of the project: the copy with the new mark
// (tests/fixtures/newMark/) at the root, and the example hub brand under its base path (/severn/),
// as two copies would share a school's host. Builds both, then serves them.
import { buildBrandSite, exampleBase, exampleBrand } from '../fixtures/brandSite.mjs';
import { buildNewMarkSite } from '../fixtures/newMarkSite.mjs';

process.env.DIST_ROOT = buildNewMarkSite();
process.env.DIST_MOUNTS = JSON.stringify({ [exampleBase]: buildBrandSite(exampleBrand, { siteUrl: 'https://hub.example.org' }) });
await import('./serveDist.mjs');
