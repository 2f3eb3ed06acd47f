import { defineConfig } from 'vitest/config';

// Unit tests run in Node: scoring, schemas and stores need no browser; widgets are tested in Chromium.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
