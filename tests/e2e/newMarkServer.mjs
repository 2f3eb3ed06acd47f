// Playwright's second web server: builds the copy of the project with the new mark, then serves its dist/.
import { buildNewMarkSite } from '../fixtures/newMarkSite.mjs';

process.env.DIST_ROOT = buildNewMarkSite();
await import('./serveDist.mjs');
