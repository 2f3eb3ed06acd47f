import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bronzeFileText } from '../fixtures/saved';
import { expect, test } from './test';

// Large files and exports are read off the main thread, in a worker, with a progress line; files over
// the limit are refused unread, naming it (src/frameworks/limits.ts). Nothing on the device changes.

const MARK = '/marks/wiltshire-lsqm';

const stored = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

/** Records every worker the page starts. */
function workersOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('worker', (worker) => urls.push(worker.url()));
  return urls;
}

test.describe('large inputs', () => {
  test('a 2 MB file on the files page is read in a worker and previewed; a 6 MB one is refused unread, naming the limit', async ({ page }, info) => {
    const workers = workersOf(page);
    await page.goto(`${MARK}/answers/`);
    const large = info.outputPath('large.json');
    writeFileSync(large, bronzeFileText('Oak Hill Primary', `Long notes ${'n'.repeat(2 * 1024 * 1024)}`));
    await page.getByLabel('Self-assessment file (.json)').setInputFiles(large);
    await expect(page.getByTestId('file-preview')).toBeVisible({ timeout: 20_000 });
    expect(workers.some((url) => /parseWorker/.test(url))).toBe(true);

    const before = await stored(page);
    const huge = info.outputPath('huge.json');
    writeFileSync(huge, bronzeFileText('Oak Hill Primary', 'n'.repeat(6 * 1024 * 1024)));
    await page.getByLabel('Self-assessment file (.json)').setInputFiles(huge);
    await expect(page.getByTestId('file-refused')).toContainText('It is 6.0 MB, far larger than a self-assessment file (at most 5 MB).');
    expect(await stored(page)).toBe(before);
  });

  test('large files on the team page are read in a worker; one over the limit is listed as refused', async ({ page }, info) => {
    const workers = workersOf(page);
    await page.goto(`${MARK}/team/`);
    const large = info.outputPath('oak.json');
    writeFileSync(large, bronzeFileText('Oak Hill Primary', `Long notes ${'n'.repeat(1024 * 1024)}`));
    const huge = info.outputPath('ash.json');
    writeFileSync(huge, bronzeFileText('Ash Lane Academy', 'n'.repeat(6 * 1024 * 1024)));
    await page.getByLabel('Self-assessment files (.json), one or more').setInputFiles([large, huge]);
    await expect(page.getByTestId('team-problems')).toContainText('far larger than a self-assessment file (at most 5 MB)', { timeout: 20_000 });
    await expect(page.getByTestId('team-added')).toContainText('1');
    expect(workers.some((url) => /parseWorker/.test(url))).toBe(true);
  });

  test('a survey export over 256 KB is read in a worker; one over 5 MB is refused unread and the figures stay', async ({ page }, info) => {
    const workers = workersOf(page);
    await page.goto('/marks/wellbeing-qm/surveys/');
    const pupils = page.getByTestId('group-pupils');
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},Agree,Disagree`).join('\n');
    const large = info.outputPath('pupils.csv');
    writeFileSync(large, `Timestamp,I feel safe,I am listened to\n${rows}\n`);
    await pupils.getByLabel('Import a CSV file exported from your online form').setInputFiles(large);
    await expect(pupils.getByRole('status')).toHaveText('Imported 20000 responses to 2 questions from pupils.csv.', { timeout: 20_000 });
    expect(workers.some((url) => /parseWorker/.test(url))).toBe(true);
    const before = await stored(page);

    const huge = info.outputPath('everyone.csv');
    writeFileSync(huge, `Timestamp,I feel safe\n${'1,Agree\n'.repeat(800_000)}`);
    await pupils.getByLabel('Import a CSV file exported from your online form').setInputFiles(huge);
    await expect(pupils.getByRole('alert')).toContainText('far larger than a survey export (at most 5 MB)');
    await expect(pupils.getByRole('status')).toHaveText('');
    expect(await stored(page)).toBe(before);
    expect(before).toContain('qmh:surveys:wellbeing-qm');
  });
});
