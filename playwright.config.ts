import { defineConfig } from '@playwright/test';
import { newMarkPort, sitePort, subPathPort } from './tests/e2e/ports';
import { subPath } from './tests/fixtures/subPathSite.mjs';

// Browser tests run against the built site (npm run build first), served as a static host would,
// against a copy of the project with one more mark, and against a copy served from a sub-folder that
// publishes two marks; both copies are built here when the tests start (a few seconds each).
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Every test on its own, spread over both workers: a file of 71 axe checks no longer holds one worker
  // while the other sits idle. Files that start a server of their own on a fixed port opt out (mode 'default').
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${sitePort}`,
    // The service worker would cache the whole site (about 130 files) in every test that opens a tool;
    // offline.spec.ts allows it and tests it, every other test runs without it, as on a first visit.
    serviceWorkers: 'block',
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serveDist.mjs`,
      env: { PORT: String(sitePort) },
      url: `http://127.0.0.1:${sitePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node tests/e2e/newMarkServer.mjs`,
      env: { PORT: String(newMarkPort) },
      url: `http://127.0.0.1:${newMarkPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `node tests/e2e/subPathServer.mjs`,
      env: { PORT: String(subPathPort) },
      url: `http://127.0.0.1:${subPathPort}${subPath}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
