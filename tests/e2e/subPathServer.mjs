// Playwright's third web server: builds the copy served from a sub-folder (tests/fixtures/subPathSite.mjs), then serves it there.
import { buildSubPathSite, subPath } from '../fixtures/subPathSite.mjs';

process.env.DIST_ROOT = buildSubPathSite();
process.env.BASE_PATH = subPath;
await import('./serveDist.mjs');
