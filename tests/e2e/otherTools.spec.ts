import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './axe';
import { expect, test } from './test';

test.describe('English and mathematics element checklist', () => {
  const PAGE = '/marks/english-maths-qm/levels/quality-mark/self-assessment/#all';

  test('says “ready to request an assessment visit” only with all 10 elements met and impact recorded', async ({ page }) => {
    await page.goto(PAGE);
    const elements = page.locator('fieldset.criterion');
    await expect(elements).toHaveCount(10);
    for (const [i, element] of (await elements.all()).entries()) {
      await element.getByRole('radio', { name: i < 9 ? 'Met' : 'Working towards', exact: true }).check();
      await element.getByLabel('Summary of current practice').fill(`Practice ${i + 1}`);
      await element.getByLabel('Evidence source').fill(`Book scrutiny ${i + 1}`);
    }
    await page
      .getByLabel('Evidence that participation in the award has had a positive impact on provision and practice')
      .fill('Reading ages up a year');
    await expect(page.getByTestId('level-headline')).toHaveText('9 of 10 elements met (10 answered)');
    await expect(page.getByTestId('level-verdict')).toHaveText('Not every element is met yet.');
    // The element not met is named, by its reference and words, on the tool and on the readiness page, and its link goes to it.
    const missing = 'QM10An effective procedure for monitoring planning and assessing performance in English and mathematics';
    await page.getByTestId('gaps-unmetElements').getByText('1 element not met yet').click();
    await expect(page.getByTestId('gaps-unmetElements').getByRole('listitem')).toHaveText([missing]);

    await page.goto('/marks/english-maths-qm/readiness/');
    await expect(page.getByTestId('readiness-headline')).toHaveText('Not yet ready to request an assessment visit.');
    await page.getByTestId('gaps-unmetElements').getByText('1 element not met yet').click();
    await expect(page.getByTestId('gaps-unmetElements').getByRole('listitem')).toHaveText([missing]);
    await page.getByTestId('work-on').click();
    await expect(page).toHaveURL(/self-assessment\/#criterion-element-10$/);
    await expect(page.locator('#criterion-element-10 input').first()).toBeFocused();

    await page.goto(PAGE);
    await page.locator('fieldset.criterion').nth(9).getByRole('radio', { name: 'Met', exact: true }).check();
    await expect(page.getByTestId('level-verdict')).toHaveText('All 10 elements are met.');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/marks/english-maths-qm/readiness/');
    await expect(page.getByTestId('readiness-headline')).toHaveText('Ready to request an assessment visit.');
  });
});

test.describe('WHMAT audit, staff questionnaire and priorities', () => {
  test('a response file saved by the questionnaire is ranked with the audit in the priorities view', async ({ page }) => {
    // A member of staff answers on their own device and saves the file.
    await page.goto('/marks/whmat-wellbeing/questionnaire/');
    const items = page.locator('fieldset.criterion');
    await expect(items).toHaveCount(8);
    for (const [i, item] of (await items.all()).entries()) {
      await item.getByRole('radio', { name: i === 4 ? 'Strongly disagree' : 'Agree', exact: true }).check();
    }
    await expect(page.getByTestId('questionnaire-status')).toHaveText('8 of 8 statements answered.');
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save my response as a file' }).click()]);
    expect(download.suggestedFilename()).toBe('whmat-wellbeing-staff-response.json');
    const responsePath = join(tmpdir(), `response-${Date.now()}.json`);
    await download.saveAs(responsePath);
    const saved = JSON.parse(readFileSync(responsePath, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(saved).sort()).toEqual(['format', 'id', 'mark', 'ratings', 'version']); // nothing that names anyone
    await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('whmat-wellbeing-staff-response.json');

    // The leader rates the audit.
    await page.goto('/marks/whmat-wellbeing/audit/#all');
    await expect(page.locator('fieldset.criterion')).toHaveCount(8);
    for (const [i, item] of (await page.locator('fieldset.criterion').all()).entries()) {
      await item.getByRole('radio', { name: i === 4 ? 'Agree' : 'Strongly agree', exact: true }).check();
      if (i === 0) await item.getByLabel('Evidence').fill('CPD log');
    }
    await expect(page.getByTestId('audit-status')).toHaveText('8 of 8 approaches rated.');

    // The leader drops the good file and a malformed one.
    await page.goto('/marks/whmat-wellbeing/priorities/');
    const broken = join(tmpdir(), 'broken.json');
    writeFileSync(broken, '{"format":"something-else"}');
    await page.getByLabel(/Add response files/).setInputFiles([responsePath, broken]);
    await expect(page.getByTestId('import-report')).toHaveText('1 response added.');
    await expect(page.getByTestId('import-problems')).toContainText('broken.json is not a questionnaire response file from this site.');
    await expect(page.getByTestId('responses-count')).toContainText('1 staff response collected');

    const rows = page.getByTestId('priorities-table').locator('tbody tr');
    // Staff wellbeing: audit 3, staff 1, so it ranks weakest, and leaders rate it higher than staff.
    await expect(rows.first()).toContainText('Staff wellbeing and stress');
    await expect(rows.first()).toContainText('Leaders rate it higher than staff');
    await expect(rows.nth(1)).toContainText('2');
    expect(await axeViolations(page)).toEqual([]);

    // Dropping the same file again does not count it twice; a reload keeps what was collected.
    await page.getByLabel(/Add response files/).setInputFiles([responsePath]);
    await expect(page.getByTestId('import-report')).toHaveText('0 responses added; 1 already collected, not counted twice.');
    await page.reload();
    await expect(page.getByTestId('responses-count')).toContainText('1 staff response collected');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
    const csvPath = join(tmpdir(), `priorities-${Date.now()}.csv`);
    await csv.saveAs(csvPath);
    const text = readFileSync(csvPath, 'utf8');
    expect(text.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8').toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^Rank,\w+,Statement,/);
    expect(lines[1]).toMatch(/^1,Staff wellbeing and stress,/);
    expect(lines).toHaveLength(9);
  });

  test('the priorities CSV heads its columns in the mark’s own words', async ({ page }) => {
    await page.goto('/marks/whmat-wellbeing/priorities/');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
    const csvPath = join(tmpdir(), `priorities-header-${Date.now()}.csv`);
    await csv.saveAs(csvPath);
    expect(
      readFileSync(csvPath, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0],
    ).toBe('Rank,Approach,Statement,Leaders’ audit,Staff mean,Staff responses,Combined,Where views differ,Audit evidence');
  });
});

test.describe('Wellbeing Quality Mark survey summary', () => {
  const PAGE = '/marks/wellbeing-qm/surveys/';
  const csv = (name: string, text: string) => {
    const path = join(tmpdir(), name);
    writeFileSync(path, text);
    return path;
  };

  test('imports a form’s CSV, reports response rates and agreement, and rejects a malformed file without losing figures', async ({ page }) => {
    await page.goto(PAGE);
    const pupils = page.getByTestId('group-pupils');
    await pupils.getByLabel('Number invited').fill('8');
    await pupils
      .getByLabel('Import a CSV file exported from your online form')
      .setInputFiles(
        csv('pupils.csv', 'Timestamp,I feel safe,I am listened to\n1,Agree,Disagree\n2,Strongly agree,Agree\n3,Disagree,Agree\n4,Agree,Agree\n'),
      );
    await expect(pupils.getByRole('status')).toHaveText('Imported 4 responses to 2 questions from pupils.csv.');
    await expect(pupils.getByTestId('rate-pupils')).toHaveText('Response rate: 50% (4 of 8).');
    // Four pupils are too few to break down (the surveys' minimumToShow, 5): no share is shown.
    await expect(pupils.getByTestId('share-pupils-0')).toHaveText('Not shown: fewer than 5 answers');
    await expect(page.getByTestId('overview-pupils')).toContainText('50%');

    await pupils
      .getByLabel('Import a CSV file exported from your online form')
      .setInputFiles(csv('broken.csv', 'Timestamp,I feel safe,I am listened to\n1,Agree\n2,Agree,Maybe\n'));
    await expect(pupils.getByRole('alert')).toContainText('The file was not imported');
    await expect(pupils.getByRole('alert')).toContainText('Row 2 has 2 values but there are 3 columns');
    await expect(pupils.getByRole('alert')).toContainText('Row 3, “I am listened to”: “Maybe” is not an answer this tool recognises');
    await expect(pupils.getByTestId('rate-pupils')).toHaveText('Response rate: 50% (4 of 8).');

    // Staff figures typed in by hand.
    const staff = page.getByTestId('group-staff');
    await staff.getByLabel('Number invited').fill('40');
    await staff.getByLabel('Number of responses').fill('30');
    await staff.getByRole('button', { name: /Add a question/ }).click();
    await staff.getByLabel('Question 1', { exact: true }).fill('I feel valued');
    await staff.getByLabel('Question 1: number agreeing').fill('21');
    await staff.getByLabel('Question 1: number answering').fill('28');
    await expect(staff.getByTestId('share-staff-0')).toHaveText('75%');
    await expect(staff.getByTestId('rate-staff')).toHaveText('Response rate: 75% (30 of 40).');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect(page.getByTestId('group-staff').getByTestId('share-staff-0')).toHaveText('75%');
    await expect(page.getByTestId('group-pupils').getByTestId('rate-pupils')).toHaveText('Response rate: 50% (4 of 8).');
  });
});
