import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test';

const MARK = '/marks/wiltshire-lsqm';
const BRONZE = `${MARK}/levels/bronze/self-assessment/#all`;
const SILVER = `${MARK}/levels/silver/self-assessment/#all`;
const FILES = `${MARK}/answers/`;

const criteria = (page: Page) => page.locator('fieldset.criterion');

/** Answers, notes and actions on two levels, and the school's name: a little of everything a file must carry. */
async function enterAnswers(page: Page) {
  await page.goto(BRONZE);
  await criteria(page).nth(0).getByRole('radio', { name: 'In place' }).check();
  await criteria(page).nth(0).getByLabel('Evidence').fill('Minutes of the June meeting, “item 4”');
  await criteria(page).nth(1).getByRole('radio', { name: 'Not yet' }).check();
  await criteria(page)
    .nth(1)
    .getByLabel(/Action to achieve it/)
    .fill('=Mentoring from May');
  await page.getByLabel(/School name/).fill('Oak Hill Primary');
  await page.goto(SILVER);
  await page.locator('fieldset.criterion').nth(2).getByRole('radio').first().check();
}

async function expectAnswers(page: Page) {
  await page.goto(BRONZE);
  await expect(criteria(page).nth(0).getByRole('radio', { name: 'In place' })).toBeChecked();
  await expect(criteria(page).nth(0).getByLabel('Evidence')).toHaveValue('Minutes of the June meeting, “item 4”');
  await expect(criteria(page).nth(1).getByRole('radio', { name: 'Not yet' })).toBeChecked();
  await expect(
    criteria(page)
      .nth(1)
      .getByLabel(/Action to achieve it/),
  ).toHaveValue('=Mentoring from May');
  await page.goto(SILVER);
  await expect(page.locator('fieldset.criterion').nth(2).getByRole('radio').first()).toBeChecked();
}

async function saveFile(page: Page, path: string) {
  // Every tool links to the mark's files page, which saves the file.
  await page.getByRole('link', { name: 'Save to a file, open a file, share a link or download a spreadsheet' }).click();
  await page.locator('[data-hydrated]').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save to a file' }).first().click()]);
  expect(download.suggestedFilename()).toMatch(/^oak-hill-primary-wiltshire-lsqm-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  await download.saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8')) as { school: string; mark: { id: string }; data: { answers: unknown } };
}

const savedAnswers = (page: Page) => page.evaluate(() => localStorage.getItem('qmh:answers:wiltshire-lsqm'));

test.describe('a self-assessment file', () => {
  test('save, clear, open: every answer, note and action comes back', async ({ page }, info) => {
    await enterAnswers(page);
    const path = info.outputPath('bronze.json');
    const file = await saveFile(page, path);
    expect(file.school).toBe('Oak Hill Primary');
    expect(file.mark.id).toBe('wiltshire-lsqm');

    await page.goto(FILES);
    await expect(page.getByTestId('files-on-device')).toContainText('3 criteria answered');
    await page.getByRole('button', { name: 'Clear everything for this mark…' }).click();
    await page.getByRole('button', { name: 'Yes, delete them' }).click();
    await expect(page.getByTestId('files-on-device')).toContainText('No criteria answered');
    await page.goto(BRONZE);
    await expect(criteria(page).nth(0).getByRole('radio', { name: 'In place' })).not.toBeChecked();

    await page.goto(FILES);
    await page.getByLabel('Self-assessment file (.json)').setInputFiles(path);
    const preview = page.getByTestId('file-preview');
    await expect(preview.getByRole('heading')).toHaveText('Check before replacing: what opening bronze.json changes on this device');
    await expect(preview.getByRole('heading')).toBeFocused();
    await expect(page.getByTestId('file-changes')).toHaveText('Criteria answered: 3 will be added, none replaced.');
    await preview.getByRole('button', { name: 'Replace this device’s answers with the file’s' }).click();
    await expect(page.getByTestId('file-opened')).toHaveText('Opened bronze.json: the answers on this device are now the file’s.');
    await expect(page.getByTestId('files-on-device')).toContainText('3 criteria answered');
    await expectAnswers(page);
  });

  test('a file for another mark, or cut short, is refused and nothing changes', async ({ page }, info) => {
    await enterAnswers(page);
    const path = info.outputPath('wiltshire.json');
    await saveFile(page, path);
    const truncated = info.outputPath('cut.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(truncated, text.slice(0, text.length / 2));

    await page.goto('/marks/whmat-wellbeing/answers/');
    await page.getByLabel('Self-assessment file (.json)').setInputFiles(path);
    await expect(page.getByTestId('file-refused')).toHaveText(
      'wiltshire.json was not opened. It holds answers for the Wiltshire Leadership Succession Quality Mark, not the WHMAT Emotional Wellbeing School Improvement Model. Open it on that mark’s pages. Nothing on this device has changed.',
    );
    await expect(page.getByTestId('file-refused')).toBeFocused();

    const before = await savedAnswers(page);
    await page.goto(FILES);
    await page.getByLabel('Self-assessment file (.json)').setInputFiles(truncated);
    await expect(page.getByTestId('file-refused')).toContainText('cut.json was not opened. It is not a complete self-assessment file');
    await expect(page.getByTestId('file-preview')).toHaveCount(0);
    expect(await savedAnswers(page)).toBe(before);
    await expectAnswers(page);
  });

  test('a shared link shows the same results in a fresh browser, read-only, and can be imported', async ({ page, browser, baseURL }) => {
    await enterAnswers(page);
    await page.goto(FILES);
    await page.getByRole('button', { name: 'Make a link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(new RegExp(`^${baseURL}${MARK}/shared/#qmh1\\.[A-Za-z0-9_-]+$`));

    const fresh = await browser.newContext({ baseURL: baseURL! });
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(link);
    const shared = other.getByTestId('read-only-answers');
    await expect(shared.getByRole('heading', { name: 'Bronze: not yet' })).toBeVisible();
    await expect(shared).toContainText('Minutes of the June meeting, “item 4”');
    await expect(shared).toContainText('=Mentoring from May');
    await expect(other.getByText(/for Oak Hill Primary/)).toBeVisible();
    expect(await other.evaluate(() => localStorage.getItem('qmh:answers:wiltshire-lsqm'))).toBeNull();

    await other.getByRole('button', { name: 'Import these answers to this device' }).click();
    await expect(other.getByTestId('file-preview').getByRole('heading')).toHaveText(
      'Check before replacing: what importing the shared answers changes on this device',
    );
    await other.getByRole('button', { name: 'Replace this device’s answers with the shared ones' }).click();
    await expect(other.getByTestId('file-opened')).toContainText('the answers on this device are now the file’s');
    await expectAnswers(other);
    expect(errors).toEqual([]);
    await fresh.close();
  });

  test('a link cut short says so and shows nothing', async ({ page }) => {
    await enterAnswers(page);
    await page.goto(FILES);
    await page.getByRole('button', { name: 'Make a link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    const before = await savedAnswers(page);
    await page.goto(link.slice(0, -40));
    await expect(page.getByTestId('file-refused')).toContainText('The link is not whole');
    // Nothing of the link is shown or offered for import, and this device's answers are as they were.
    await expect(page.getByTestId('read-only-answers')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Import these answers to this device' })).toHaveCount(0);
    expect(await savedAnswers(page)).toBe(before);
    await expectAnswers(page);
  });

  test('the spreadsheet holds every tool’s answers, safe to open in Excel', async ({ page }) => {
    await enterAnswers(page);
    await page.goto(FILES);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the spreadsheet (CSV)' }).click()]);
    // Named as the self-assessment file is (<school>-<person>-<mark>-<date>-<time>); no person is named on this device.
    expect(csv.suggestedFilename()).toMatch(/^oak-hill-primary-wiltshire-lsqm-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFFTool or level,"Area, role or group",Reference,Id,Criterion or question,Answer,Evidence,Action to achieve it')).toBe(
      true,
    );
    expect(text).toContain('"Minutes of the June meeting, “item 4”"');
    // A cell a spreadsheet would run as a formula is written as text.
    expect(text).toContain(",'=Mentoring from May");
    expect(text).not.toContain(',=Mentoring');
  });
});

test.describe('shared computers', () => {
  test('not saving on this device keeps answers in the tab only; clearing everything leaves nothing', async ({ page }) => {
    await enterAnswers(page);
    await page.goto('/on-this-device/');
    await expect(page.getByTestId('device-saved')).toContainText('Wiltshire Leadership Succession Quality Mark');
    await page.getByRole('button', { name: 'Don’t save answers on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete and stop saving' }).click();
    await expect(page.getByTestId('device-saving')).toHaveText(
      'Answers are not saved on this device: each tab keeps what is entered in it until it is closed.',
    );
    await expect(page.getByTestId('device-none')).toBeVisible();

    await page.goto(BRONZE);
    await expect(page.getByTestId('unsaved-notice')).toContainText('You chose not to save answers on this device.');
    await criteria(page).nth(3).getByRole('radio', { name: 'In place' }).check();
    // Kept across the tab's pages, never in the device's storage.
    await page.goto(`${MARK}/readiness/`);
    await page.goto(BRONZE);
    await expect(criteria(page).nth(3).getByRole('radio', { name: 'In place' })).toBeChecked();
    expect(await savedAnswers(page)).toBeNull();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('unsaved-notice').getByRole('button', { name: 'Save to a file' }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('"response": [\n');

    await page.goto('/on-this-device/');
    await page.getByRole('button', { name: 'Save answers on this device again' }).click();
    await expect(page.getByTestId('device-saving')).toHaveText('Answers are saved on this device, in this browser.');
    await page.goto(BRONZE);
    await expect(page.getByTestId('unsaved-notice')).toHaveCount(0);
    await criteria(page).nth(5).getByRole('radio', { name: 'In place' }).check();
    await page.goto('/on-this-device/');
    await page.getByRole('button', { name: 'Clear everything this site saved on this device…' }).click();
    await page.getByRole('button', { name: 'Yes, delete them' }).click();
    await expect(page.getByTestId('device-none')).toBeVisible();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qmh:')))).toEqual([]);
  });
});
