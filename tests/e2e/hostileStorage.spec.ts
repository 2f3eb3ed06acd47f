import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test';

// Every state of the browser's storage a tool can meet: blocked, full from the start, full later,
// cleared in another tab, saving turned off in another tab. Each loads the tool, keeps what is on
// screen, says what is and is not kept, and offers "Save to a file"; nothing saved is lost.

const MARK = '/marks/wiltshire-lsqm';
const BRONZE = `${MARK}/levels/bronze/self-assessment/#all`;
const STORAGE_KEY = 'qmh:answers:wiltshire-lsqm';

const criteria = (page: Page) => page.locator('fieldset.criterion');
const headline = (page: Page) => page.getByTestId('level-headline');
const notice = (page: Page) => page.getByTestId('unsaved-notice');
/** This site's keys and values in localStorage, to compare before and after. */
const stored = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify(
      Object.entries(localStorage)
        .filter(([key]) => key.startsWith('qmh:'))
        .sort(),
    ),
  );

/** As a browser that blocks the site's storage throws: reading `localStorage` or `sessionStorage` is a SecurityError. */
async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
        },
      });
  });
}

/** As storage full to its quota: every write to localStorage is refused with QuotaExceededError while `window.storageFull` is true. */
async function fillStorage(page: Page, fromStart: boolean) {
  await page.addInitScript((full) => {
    const w = window as unknown as { storageFull: boolean };
    w.storageFull = full;
    const real = window.localStorage;
    const refuse = () => {
      throw new DOMException(`Failed to set the item: the quota has been exceeded.`, 'QuotaExceededError');
    };
    const proxy = new Proxy(real, {
      get(target, key) {
        if (key === 'setItem' && w.storageFull) return refuse;
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
      set(target, key, value: string) {
        if (w.storageFull) refuse();
        target.setItem(String(key), value);
        return true;
      },
      has: (target, key) => typeof key === 'string' && target.getItem(key) !== null,
      deleteProperty(target, key) {
        target.removeItem(String(key));
        return true;
      },
    });
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => proxy });
  }, fromStart);
}

/** Saves to a file from the notice and returns the file's text. */
async function saveFromNotice(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), notice(page).getByRole('button', { name: 'Save to a file' }).click()]);
  return readFileSync(await download.path(), 'utf8');
}

async function answerFirst(page: Page, evidence: string, nth = 0) {
  await criteria(page).nth(nth).getByRole('radio', { name: 'In place' }).check();
  await criteria(page).nth(nth).getByLabel('Evidence').fill(evidence);
}

test.describe('storage blocked by the browser', () => {
  test('the tool loads, says nothing is kept, keeps what is typed on the page, and saves it to a file', async ({ page }) => {
    await blockStorage(page);
    await page.goto(BRONZE);
    await expect(notice(page)).toContainText('This browser does not let the site keep anything on this device.');
    await expect(notice(page)).toContainText('stays on this page until you reload or close it');
    await answerFirst(page, 'Minutes of the June meeting');
    await expect(headline(page)).toHaveText('1 of 48 statements met (1 answered)');
    expect(await saveFromNotice(page)).toContain('"evidence": "Minutes of the June meeting"');
  });

  test('this device’s page loads and says nothing is saved', async ({ page }) => {
    await blockStorage(page);
    await page.goto('/on-this-device/');
    await expect(page.getByTestId('device-blocked')).toContainText('this browser does not let the site store anything');
    await expect(notice(page)).toContainText('This browser does not let the site keep anything on this device.');
  });

  test('every page of the site loads without an error', async ({ page }) => {
    test.setTimeout(600_000);
    await blockStorage(page);
    const dist = join(process.cwd(), 'dist');
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (!['_astro', 'pagefind', 'severn'].includes(name)) walk(path);
        } else if (name === 'index.html') pages.push(`/${relative(dist, dir)}/`.replace('//', '/'));
      }
    };
    walk(dist);
    expect(pages.length).toBeGreaterThan(50);
    const failed: string[] = [];
    page.on('pageerror', (error) => failed.push(`${page.url()}: ${error.message}`));
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1').first()).toBeVisible();
    }
    // The guard fails the test on any console error; this names the page.
    expect(failed).toEqual([]);
  });
});

test.describe('storage full', () => {
  test('from the start: the tool loads, says at once that nothing can be saved, keeps what is typed and offers a file', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"levels":{}}'), STORAGE_KEY);
    const before = await stored(page);
    await fillStorage(page, true);
    await page.goto(BRONZE);
    await expect(notice(page)).toContainText('This browser’s storage for the site is full: nothing you enter can be saved on this device.');
    await answerFirst(page, 'Governors’ minutes');
    await criteria(page).nth(1).getByRole('radio', { name: 'Not yet' }).check();
    await expect(headline(page)).toHaveText('1 of 48 statements met (2 answered)');
    await expect(criteria(page).nth(0).getByLabel('Evidence')).toHaveValue('Governors’ minutes');
    expect(await saveFromNotice(page)).toContain('"evidence": "Governors’ minutes"');
    expect(await stored(page)).toBe(before);
  });

  test('later: what was saved stays saved, the change that was not is on screen and in the file', async ({ page }) => {
    await fillStorage(page, false);
    await page.goto(BRONZE);
    await expect(notice(page)).toHaveCount(0);
    await answerFirst(page, 'Saved before the storage filled');
    await expect(headline(page)).toHaveText('1 of 48 statements met (1 answered)');
    const before = await stored(page);
    expect(before).toContain('Saved before the storage filled');
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
    await answerFirst(page, 'Typed once it was full', 1);
    await expect(notice(page)).toContainText('Your last change was not saved on this device.');
    await expect(headline(page)).toHaveText('2 of 48 statements met (2 answered)');
    const file = await saveFromNotice(page);
    expect(file).toContain('Saved before the storage filled');
    expect(file).toContain('Typed once it was full');
    expect(await stored(page)).toBe(before);
  });
});

/** Stored entries with each saved value's `_clock` (when each entry changed) left out. */
function withoutClocks(stored: string): string {
  const entries = JSON.parse(stored) as [string, string][];
  return JSON.stringify(
    entries.map(([key, text]) => {
      try {
        const { _clock: _, ...rest } = JSON.parse(text) as Record<string, unknown>;
        return [key, JSON.stringify(rest)];
      } catch {
        return [key, text];
      }
    }),
  );
}

test.describe('another tab', () => {
  test('clears the answers: this page still shows them, says so, and puts them back', async ({ page, context }) => {
    await page.goto(BRONZE);
    await answerFirst(page, 'Governors’ minutes');
    await expect(headline(page)).toHaveText('1 of 48 statements met (1 answered)');
    const before = await stored(page);
    const other = await context.newPage();
    await other.goto('/');
    await other.evaluate(() => localStorage.clear());
    await expect(page.getByTestId('cleared-notice')).toContainText('cleared in another tab or window');
    // Still on screen, so nothing rests on memory the page has dropped.
    await expect(headline(page)).toHaveText('1 of 48 statements met (1 answered)');
    await expect(criteria(page).nth(0).getByLabel('Evidence')).toHaveValue('Governors’ minutes');
    await page.getByRole('button', { name: 'Put back what this page showed' }).click();
    await expect(page.getByTestId('cleared-notice')).toHaveCount(0);
    // The same answers, stored again as this page's change: only the entries' clocks (when, issue 28) are new.
    expect(withoutClocks(await stored(page))).toBe(withoutClocks(before));
  });

  test('clears the answers and this page lets them go: it then shows none', async ({ page, context }) => {
    await page.goto(BRONZE);
    await answerFirst(page, 'Governors’ minutes');
    const other = await context.newPage();
    await other.goto('/');
    await other.evaluate(() => localStorage.clear());
    await expect(headline(page)).toHaveText('1 of 48 statements met (1 answered)');
    await page.getByRole('button', { name: 'Let them go' }).click();
    await expect(headline(page)).toHaveText('0 of 48 statements met (0 answered)');
    expect(await stored(page)).toBe('[]');
  });

  test('turns saving off: this page stops writing, says so, keeps what it shows in the tab and offers a file', async ({ page, context }) => {
    await page.goto(BRONZE);
    await answerFirst(page, 'Governors’ minutes');
    await expect(headline(page)).toHaveText('1 of 48 statements met (1 answered)');
    const other = await context.newPage();
    await other.goto('/on-this-device/');
    await other.getByRole('button', { name: 'Don’t save answers on this device' }).click();
    await other.getByRole('button', { name: 'Yes, delete and stop saving' }).click();
    await expect(notice(page)).toContainText('Saving on this device was turned off in another tab or window.');
    await expect(page.getByTestId('cleared-notice')).toHaveCount(0);
    await expect(headline(page)).toHaveText('1 of 48 statements met (1 answered)');
    await expect(criteria(page).nth(0).getByLabel('Evidence')).toHaveValue('Governors’ minutes');
    // Nothing more is written to the device: only the setting is there.
    await answerFirst(page, 'Typed after saving was turned off', 1);
    await expect(headline(page)).toHaveText('2 of 48 statements met (2 answered)');
    expect(await stored(page)).toBe('[["qmh:saving:site","off"]]');
    // The tab keeps it, across the tab's pages.
    expect(await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY)).toContain('Typed after saving was turned off');
    const file = await saveFromNotice(page);
    expect(file).toContain('Governors’ minutes');
    expect(file).toContain('Typed after saving was turned off');
    await page.reload();
    await expect(headline(page)).toHaveText('2 of 48 statements met (2 answered)');
    await expect(notice(page)).toContainText('You chose not to save answers on this device.');
  });
});
