import { defineConfig } from 'vitest/config';

// "unit": scoring, schemas and stores, in Node, no build needed.
// "site": checks of the built site in dist/ (budgets, HTML validity, links, privacy), run after `astro build`.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
    ],
  },
});
