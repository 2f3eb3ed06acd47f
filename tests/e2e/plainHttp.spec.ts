import { readFileSync } from 'node:fs';
import { sitePort } from './ports';
import { expect, test } from './test';

// Schools host copies on plain-HTTP intranets, where the browser withholds what needs a secure
// context (crypto.randomUUID among it). The test server is reached under a name that is not
// localhost, so Chromium treats the page as an ordinary insecure origin.
const HOST = 'handbook.school.internal';

test.use({
  baseURL: `http://${HOST}:${sitePort}`,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
    ],
  },
});

test('a page served over plain HTTP, not on localhost, saves a questionnaire response file', async ({ page }) => {
  await page.goto('/marks/whmat-wellbeing/questionnaire/');
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await page.locator('fieldset.criterion').first().getByRole('radio', { name: 'Agree', exact: true }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save my response as a file' }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { id: string; ratings: Record<string, number> };
  expect(file.id).toMatch(/^[0-9a-f]{32}$/);
  expect(Object.values(file.ratings)).toEqual([3]);
});
