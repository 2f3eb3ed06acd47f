import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './test';

// The action plan, snapshots and the report for the assessor, driven as a school would use them.

const MARK = '/marks/wiltshire-lsqm';
const BRONZE = `${MARK}/levels/bronze/self-assessment/#all`;
const PLAN = `${MARK}/plan/`;
const REPORT = `${MARK}/report/`;

const criteria = (page: Page) => page.locator('fieldset.criterion');
const rows = (page: Page) => page.getByTestId('plan-rows').locator(':scope > li');
const hydrated = (page: Page, tool: string) => expect(page.locator(`.${tool}[data-hydrated]`)).toBeVisible();

/** Answers the first Bronze criteria: one in place with evidence, two not yet with an action each. */
async function answerBronze(page: Page) {
  await page.goto(BRONZE);
  await expect(criteria(page)).toHaveCount(48);
  await criteria(page).nth(0).getByRole('radio', { name: 'In place' }).check();
  await criteria(page).nth(0).getByLabel('Evidence').fill('Seen in governors’ minutes');
  await criteria(page).nth(1).getByRole('radio', { name: 'Not yet' }).check();
  await criteria(page)
    .nth(1)
    .getByLabel(/Action to achieve it/)
    .fill('Mentoring programme for middle leaders');
  await criteria(page).nth(2).getByRole('radio', { name: 'Developing' }).check();
  await criteria(page)
    .nth(2)
    .getByLabel(/Action to achieve it/)
    .fill('Shadowing the deputy head');
}

/** Fills the owner, target date and status of the plan row whose action is `action`. */
async function planFor(page: Page, action: string, details: { owner: string; due: string; status?: string }) {
  const row = rows(page).filter({ hasText: action });
  await row.getByLabel('Owner').fill(details.owner);
  await row.getByLabel('Target date').fill(details.due);
  if (details.status) await row.getByLabel('Status').selectOption({ label: details.status });
  return row;
}

test.describe('the action plan', () => {
  test('is built from the Bronze answers; owners, dates and statuses are kept, filtered and overdue stands out', async ({ page }) => {
    await answerBronze(page);
    await page.goto(PLAN);
    await hydrated(page, 'plan');
    // The met criterion is not in the plan; the two unmet ones are, with the actions written beside them.
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).nth(0)).toContainText('Mentoring programme for middle leaders');
    await expect(rows(page).nth(1)).toContainText('Shadowing the deputy head');
    await expect(page.getByTestId('plan-rows')).not.toContainText('Seen in governors’ minutes');
    // "Change it in the self-assessment" opens the part holding the criterion, at its action.
    const change = rows(page).nth(1).getByRole('link', { name: 'Change it in the self-assessment' });
    const anchor = (await change.getAttribute('href'))!.split('#')[1]!;
    expect(anchor).toMatch(/^criterion-/);
    await change.click();
    const criterion = page.locator(`[id="${anchor}"]`);
    await expect(criterion).toBeInViewport();
    await expect(criterion.getByLabel(/Action to achieve it/)).toHaveValue('Shadowing the deputy head');
    await page.goBack();
    await hydrated(page, 'plan');

    await planFor(page, 'Mentoring programme', { owner: 'Ms Khan', due: '2020-01-31', status: 'In progress' });
    await planFor(page, 'Shadowing', { owner: 'Mr Lee', due: '2099-07-01' });
    // Overdue says so in words, not by colour alone.
    await expect(rows(page).nth(0)).toContainText('Overdue: target date 31 January 2020 has passed');
    await expect(rows(page).nth(0)).toContainText('In progress');
    await expect(rows(page).nth(1)).not.toContainText('Overdue');
    await expect(page.getByTestId('plan-summary')).toHaveText('2 actions: 1 not started, 1 in progress, 0 done. 1 is overdue.');

    await page.getByLabel('Owner', { exact: true }).first().selectOption('Mr Lee');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).nth(0)).toContainText('Shadowing the deputy head');
    await expect(page.getByTestId('plan-showing')).toHaveText('Showing 1 of 2 actions.');
    await page.getByLabel('Owner', { exact: true }).first().selectOption({ label: 'Any' });
    await page.getByLabel('Overdue actions only').check();
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).nth(0)).toContainText('Mentoring programme');
    await page.getByLabel('Overdue actions only').uncheck();
    await page.getByLabel('Status', { exact: true }).first().selectOption({ label: 'Not started' });
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).nth(0)).toContainText('Shadowing');

    // Kept on the device: a reload shows the same plan.
    await page.reload();
    await hydrated(page, 'plan');
    await expect(rows(page).nth(0).getByLabel('Owner')).toHaveValue('Ms Khan');
    await expect(rows(page).nth(1).getByLabel('Target date')).toHaveValue('2099-07-01');
    expect(await axeViolations(page)).toEqual([]);

    // Met now: the action written for it stays on the plan, marked met; done, it stays, counted as done.
    await page.goto(BRONZE);
    await expect(criteria(page)).toHaveCount(48);
    await criteria(page).nth(1).getByRole('radio', { name: 'In place' }).check();
    // The action box stays in view while it holds the action.
    await expect(
      criteria(page)
        .nth(1)
        .getByLabel(/Action to achieve it/),
    ).toHaveValue('Mentoring programme for middle leaders');
    await page.goto(PLAN);
    await hydrated(page, 'plan');
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).nth(0)).toContainText('Met already: here for the action written beside it');
    await rows(page).nth(0).getByLabel('Status').selectOption({ label: 'Done' });
    await expect(page.getByText('2 actions: 1 not started, 0 in progress, 1 done.')).toBeVisible();
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).nth(0)).toContainText('Met already: here for the action written beside it');
    await expect(rows(page).nth(0).getByLabel('Status')).toHaveValue('done');
    await expect(rows(page).nth(1)).toContainText('Shadowing the deputy head');
  });

  test('a snapshot, then changed answers, compare: newly met, actions completed, readiness then and now', async ({ page }) => {
    await answerBronze(page);
    await page.goto(PLAN);
    await hydrated(page, 'plan');
    await planFor(page, 'Shadowing', { owner: 'Mr Lee', due: '2099-07-01' });
    await page.getByRole('button', { name: 'Show snapshots and compare' }).click();
    await page.getByRole('button', { name: 'Take a snapshot now' }).click();
    await expect(page.getByText(/^Snapshot taken /)).toBeVisible();

    await page.goto(BRONZE);
    await expect(criteria(page)).toHaveCount(48);
    await criteria(page).nth(1).getByRole('radio', { name: 'In place' }).check();
    await page.goto(PLAN);
    await hydrated(page, 'plan');
    await rows(page).filter({ hasText: 'Shadowing' }).getByLabel('Status').selectOption({ label: 'Done' });
    await page.getByRole('button', { name: 'Show snapshots and compare' }).click();
    const comparison = page.getByTestId('snapshot-comparison');
    await expect(comparison).toBeVisible();
    await expect(comparison.getByTestId('snapshot-newly-met')).toHaveCount(1);
    await expect(comparison.getByTestId('snapshot-newly-met').locator('li')).toHaveCount(1);
    await expect(comparison).toContainText('Newly met (1):');
    await expect(comparison).toContainText('1 action completed:');
    await expect(comparison.getByTestId('snapshot-completed')).toContainText('Bronze:');
    // Met then, met now, newly met, newly not met, unchanged.
    await expect(comparison.getByRole('row', { name: /^Bronze/ }).locator('td')).toHaveText(['1', '2', '1', '0', '47']);
    await expect(comparison).toContainText('Then:');
    await expect(comparison).toContainText('Now:');
    // The same figures as bars: the then and now of each level, named for a screen reader.
    const chart = comparison.getByRole('img', { name: /^Criteria met then and now/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator('text').filter({ hasText: /^Bronze$/ })).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);

    // A snapshot can be deleted, asking first; it is gone after a reload too.
    await page.getByRole('button', { name: 'Delete the snapshot compared from…' }).click();
    await expect(page.getByText(/^This deletes the snapshot taken /)).toBeVisible();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.getByText('No snapshots yet.')).toBeVisible();
    await expect(comparison).toHaveCount(0);
    await page.reload();
    await hydrated(page, 'plan');
    await page.getByRole('button', { name: 'Show snapshots and compare' }).click();
    await expect(page.getByText('No snapshots yet.')).toBeVisible();
  });

  test('damaged snapshots are reported when shown, and taking a new one keeps the unread data to download', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('qmh:snapshots:wiltshire-lsqm', '{"version":1,"snapshots":[');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await answerBronze(page);
    await page.goto(PLAN);
    await hydrated(page, 'plan');
    await page.getByRole('button', { name: 'Show snapshots and compare' }).click();
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
    await page.getByRole('button', { name: 'Take a snapshot now' }).click();
    await expect(page.getByText(/^Snapshot taken /)).toBeVisible();
    await expect(page.getByRole('button', { name: /Download what could not be read/ })).toBeVisible();
  });

  test('prints to A4 PDF with every action, its owner, date and status, and no controls', async ({ page }, testInfo) => {
    await answerBronze(page);
    await page.goto(PLAN);
    await hydrated(page, 'plan');
    await planFor(page, 'Mentoring programme', { owner: 'Ms Khan', due: '2020-01-31', status: 'In progress' });
    await planFor(page, 'Shadowing', { owner: 'Mr Lee', due: '2099-07-01' });
    await page.emulateMedia({ media: 'print' });
    const file = testInfo.outputPath('plan.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d/);
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of ['Mentoring programme for middle leaders', 'Shadowing the deputy head', 'Ms Khan', 'Mr Lee', 'In progress', 'Not started'])
      expect(text).toContain(words);
    expect(text).toContain('Overdue: target date 31 January 2020 has passed');
    expect(text).not.toContain('Take a snapshot now');
    expect(text).not.toContain('Change it in the self-assessment');
    expect(text).not.toContain('Download the plan');
    expect(text).not.toContain('Search');
  });
});

test.describe('the report for the assessor', () => {
  test('prints to PDF with the school’s name, the date, the rule and the actions', async ({ page }, testInfo) => {
    await answerBronze(page);
    await page.goto(PLAN);
    await hydrated(page, 'plan');
    await planFor(page, 'Mentoring programme', { owner: 'Ms Khan', due: '2026-12-18' });
    await page.goto(REPORT);
    await hydrated(page, 'report');
    await page.getByLabel(/^School name/).fill('Severn Primary School');
    await expect(page.getByTestId('report-school')).toHaveText('Severn Primary School');
    const date = await page.getByTestId('report-date').innerText();
    expect(date).toMatch(/^\d{1,2} \w+ \d{4}$/);
    await expect(page.getByTestId('report-headline')).not.toBeEmpty();
    // "Not yet" is explained: what Bronze still needs, in the readiness checker's words.
    await expect(page.getByTestId('report-still-needs')).toContainText('Bronze: Meet 24 statements more to reach most of the Bronze criteria.');
    // Counted as the readiness checker's lists count them, none twice: the 2 unmet have actions, the 45 others no answer.
    await expect(page.getByTestId('report-still-needs')).toContainText('45 statements not answered yet.');
    await expect(page.getByTestId('report-still-needs')).not.toContainText('without an action');
    await expect(page.getByTestId('plan-table')).toContainText('Mentoring programme for middle leaders');
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const file = testInfo.outputPath('report.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Severn Primary School');
    expect(text).toContain(date);
    expect(text).toContain('Meet 24 statements more to reach most of the Bronze criteria.');
    expect(text).toContain('Mentoring programme for middle leaders');
    expect(text).toContain('Shadowing the deputy head');
    expect(text).toContain('Ms Khan');
    expect(text).toContain('This result is indicative');
    expect(text).toContain('Best fit: most of the 48');
    expect(text).not.toContain('Save to a file');
  });

  test('a rated mark’s report shows leaders’ ratings beside staff, and axe finds nothing', async ({ page }) => {
    await page.goto('/marks/whmat-wellbeing/audit/#all');
    await expect(page.locator('[data-hydrated]').first()).toBeVisible();
    const first = page.locator('fieldset').first();
    await first.getByRole('radio').first().check();
    await page.goto('/marks/whmat-wellbeing/report/');
    await hydrated(page, 'report');
    await expect(page.getByRole('table', { name: /Leaders’ and staff ratings/ })).toBeVisible();
    await expect(page.getByTestId('plan-table').locator('tbody tr')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
