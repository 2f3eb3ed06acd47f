import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// "unit": scoring, schemas and stores, in Node, no build needed.
// "site": checks of the built site in dist/ (budgets, HTML validity, links, privacy), run after `astro build`.
export default defineConfig({
  // The same "~/" alias as tsconfig.json, which Astro reads for the site itself.
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
    ],
  },
});
