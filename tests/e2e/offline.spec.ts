import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations } from './axe';
import { updatePort } from './ports';
import { expect, test } from './test';

// One server of this file's own on a fixed port, started once: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

// Works offline once visited: opening a tool installs the service worker (sw.js), which caches every
// page of the published marks, the tools and the search index; with the network cut (Playwright's
// offline mode), the pages, the tools with their saved answers, and search still work.

test.use({ serviceWorkers: 'allow' });

const TOOL = '/marks/english-maths-qm/levels/quality-mark/self-assessment/#all';

test('after a first visit, a mark’s pages, its tools with saved answers, and search load with the network cut', async ({ page, context }) => {
  await page.goto(TOOL);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const first = () => page.locator('fieldset.criterion').first();
  await first().getByRole('radio', { name: 'Met', exact: true }).check();
  await first().getByLabel('Evidence source').fill('Book scrutiny, autumn term');

  await context.setOffline(true);
  for (const path of [
    '/',
    '/marks/english-maths-qm/',
    '/marks/english-maths-qm/levels/quality-mark/',
    '/marks/wiltshire-lsqm/levels/gold/',
    '/marks/whmat-wellbeing/audit/',
    '/accessibility/',
  ]) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    expect(response?.ok(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  // The tool shows the answers saved before the network went.
  await page.goto(TOOL);
  await expect(first().getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
  await expect(first().getByLabel('Evidence source')).toHaveValue('Book scrutiny, autumn term');
  await page.goto('/marks/english-maths-qm/readiness/');
  await expect(page.getByTestId('readiness-headline')).toHaveText('Not yet ready to request an assessment visit.');

  // Search runs from the cached index and engine.
  const search = await page.goto('/search/?q=elements');
  expect(search?.fromServiceWorker()).toBe(true);
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await context.setOffline(false);
});

test('reading pages carry no script: the worker is registered from tool and search pages only', async ({ page }) => {
  await page.goto('/marks/english-maths-qm/levels/quality-mark/');
  await expect(page.locator('script[src], script:not([type="application/ld+json"])')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  await page.goto('/search/');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.map((x) => new URL(x.scope).pathname))))
    .toEqual(['/']);
});

test.describe('a new version', () => {
  // A copy of the built site on a server of its own, so this test can publish a "new version" of it.
  const port = updatePort;
  const copy = mkdtempSync(join(tmpdir(), 'qmh-update-'));
  let server: ChildProcess | undefined;
  test.beforeAll(async () => {
    cpSync(fileURLToPath(new URL('../../dist/', import.meta.url)), copy, { recursive: true });
    server = spawn(process.execPath, [fileURLToPath(new URL('./serveDist.mjs', import.meta.url))], {
      env: { ...process.env, PORT: String(port), DIST_ROOT: copy },
      stdio: 'ignore',
    });
    await expect
      .poll(() =>
        fetch(`http://127.0.0.1:${port}/`).then(
          (r) => r.status,
          () => 0,
        ),
      )
      .toBe(200);
  });
  test.afterAll(() => {
    server?.kill();
    rmSync(copy, { recursive: true, force: true });
  });
  test.use({ baseURL: `http://127.0.0.1:${port}` });

  test('is offered on an open tool, which reloads into it when asked', async ({ page }) => {
    await page.goto(TOOL);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const notice = page.getByRole('status').filter({ hasText: 'A new version of this site is available.' });
    await expect(notice).toBeHidden();

    // The host now serves a new build (another version of the worker); the browser checks for it.
    const sw = join(copy, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/"[0-9a-f]{16}"/, '"0000000000000000"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(notice).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await expect(notice).toBeHidden();
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['qmh-offline:/:0000000000000000']);
  });
});
