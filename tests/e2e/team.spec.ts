import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expectSheets, expectStatements, printedToday, printToPdf } from './pdf';
import { expect, test } from './test';
import { markDefinition } from '../fixtures/adapters';
import { levelCriteria } from '~/frameworks/criteria';
import { markFileOf, markFileText } from '~/frameworks/markFile/writeMarkFile';

const MARK = '/marks/wiltshire-lsqm';
const TEAM = `${MARK}/team/`;
const mark = markDefinition('wiltshire-lsqm');
const ids = (levelId: string) => levelCriteria(mark.levels.find((l) => l.id === levelId)!).map((c) => c.statement.id);
const BRONZE = ids('bronze');
const SILVER = ids('silver');

/** Each colleague's answers: the first three Bronze criteria and the first two Silver statements. */
const COLLEAGUES = [
  { school: 'Ash Primary', bronze: ['In place', 'Not yet', 'In place'], silver: ['Agree', 'Agree'] },
  { school: 'Beech Primary', bronze: ['In place', 'Not yet', 'Not yet'], silver: ['Agree', 'Disagree'] },
  { school: 'Cedar Primary', bronze: ['In place', 'Not yet', 'In place'], silver: ['Agree', 'Unsure'] },
];

/** One colleague answers in a browser of their own and saves a file with the tool. */
async function fileFrom(browser: Browser, colleague: (typeof COLLEAGUES)[number], path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const [level, answers] of [
    ['bronze', colleague.bronze],
    ['silver', colleague.silver],
  ] as const) {
    await page.goto(`${MARK}/levels/${level}/self-assessment/#all`);
    await page.locator('[data-hydrated]').first().waitFor();
    for (const [i, option] of answers.entries())
      await page.locator('fieldset.criterion').nth(i).getByRole('radio', { name: option, exact: true }).check();
  }
  await page.getByLabel(/School name/).fill(colleague.school);
  // Each tool links to the mark's files page, which saves the file.
  await page.getByRole('link', { name: /Save to a file, open a file/ }).click();
  await page.locator('[data-hydrated]').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save to a file' }).click()]);
  await download.saveAs(path);
  await context.close();
}

const rows = (page: Page) => page.getByTestId('team-table').locator('tbody tr');

test.describe('combining colleagues’ answers', () => {
  test('three files made by three browsers combine for Bronze and Silver, disagreements first; the agreed set is saved and reopened', async ({
    page,
    browser,
  }, info) => {
    test.slow(true, 'three browsers answer two levels each before the files are combined');
    const paths = COLLEAGUES.map((_, i) => info.outputPath(`colleague-${i}.json`));
    for (const [i, colleague] of COLLEAGUES.entries()) await fileFrom(browser, colleague, paths[i]!);
    expect(JSON.parse(readFileSync(paths[1]!, 'utf8'))).toMatchObject({ school: 'Beech Primary' });

    await page.goto(TEAM);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Combine colleagues’ answers');
    await page.getByLabel('Self-assessment files (.json), one or more').setInputFiles(paths);
    await expect(page.getByTestId('team-added')).toHaveText('Added 3 files.');
    await expect(page.getByTestId('team-files').locator('li')).toHaveCount(3);
    await expect(page.getByTestId('team-files')).toContainText('(Beech Primary)');

    // Bronze: they differ on the third criterion only, so it comes first, with its counts.
    await expect(page.getByTestId('team-summary')).toContainText('People disagree on 1 criterion');
    const first = rows(page).first();
    await expect(first).toHaveAttribute('data-criterion', BRONZE[2]!);
    await expect(first.locator('th')).toContainText('People disagree');
    await expect(first.locator('td')).toHaveText(['2', '0', '1', '67% (2 of 3)', /.*/]);
    await expect(first.getByRole('combobox')).toHaveValue('in-place');
    await expect(rows(page).nth(1)).toHaveAttribute('data-criterion', BRONZE[0]!);
    await expect(rows(page).nth(1).locator('td').nth(3)).toHaveText('100% (3 of 3)');

    // Bronze: the leader chooses "Developing" for a criterion everyone met.
    const row = (id: string) => page.getByTestId('team-table').locator(`tbody tr[data-criterion="${id}"]`);
    await row(BRONZE[0]!).getByRole('combobox').selectOption({ label: 'Developing' });

    // Silver, the cluster's statements: the split statement first, each school's answers side by side from the start.
    await page.getByLabel('Level').selectOption({ label: 'Silver' });
    await expect(rows(page).first()).toHaveAttribute('data-criterion', SILVER[1]!);
    await expect(rows(page).first().getByRole('combobox')).toHaveValue('');
    await expect(rows(page).first().getByRole('combobox').locator('option').first()).toHaveText('Tied: choose');
    await expect(page.getByLabel('Show each file’s answers side by side')).toBeChecked();
    const head = page.getByTestId('team-table').locator('thead th');
    await expect(head).toContainText(['Criterion', 'Agree', 'Unsure', 'Disagree', 'Meeting it', 'Ash Primary', 'Beech Primary', 'Cedar Primary']);
    await expect(rows(page).first().locator('td').nth(4)).toHaveText('Agree');
    await expect(rows(page).first().locator('td').nth(5)).toHaveText('Disagree');
    await expect(rows(page).first().locator('td').nth(6)).toHaveText('Unsure');
    // What the cluster action plan should address: the statement only Ash agrees with, naming the other two; not the one all agree with.
    const plan = page.getByTestId('team-plan');
    await expect(plan.getByRole('heading')).toHaveText('The statements the cluster action plan should address');
    await expect(plan.locator('li').first()).toHaveAttribute('data-criterion', SILVER[1]!);
    await expect(plan.locator('li').first()).toContainText(
      'Meeting it: 33% (1 of 3). Not yet met by Beech Primary (Disagree); Cedar Primary (Unsure).',
    );
    await expect(plan.locator(`li[data-criterion="${SILVER[0]!}"]`)).toHaveCount(0);
    await expect(plan.locator('li').nth(1)).toContainText('No school answered it.');
    // The cluster agrees "Agree" on the tied statement.
    await rows(page).first().getByRole('combobox').selectOption({ label: 'Agree' });

    expect(await axeViolations(page)).toEqual([]);

    // The same file again, even renamed, is named and counted once; a file can be removed and added again.
    const renamed = info.outputPath('ash-again.json');
    writeFileSync(renamed, readFileSync(paths[0]!));
    await page.getByLabel('Self-assessment files (.json), one or more').setInputFiles(renamed);
    await expect(page.getByTestId('team-problems')).toContainText('ash-again.json holds the same school’s same answers as colleague-0.json');
    await expect(page.getByTestId('team-files').locator('li')).toHaveCount(3);
    // Files that name nobody, as files saved before names were asked, go by their file names.
    await page.getByRole('button', { name: 'Remove colleague-2.json' }).click();
    await expect(page.getByTestId('team-files').locator('li')).toHaveCount(2);
    // The cluster's choice outlives the removal, where the statement still has answers.
    await expect(row(SILVER[1]!).getByRole('combobox')).toHaveValue('agree');
    await page.getByLabel('Self-assessment files (.json), one or more').setInputFiles(paths[2]!);
    await expect(page.getByTestId('team-files').locator('li')).toHaveCount(3);
    await expect(row(SILVER[1]!).getByRole('combobox')).toHaveValue('agree');

    // Moderate Bronze: the leader's choice is still there after the files changed; the majority stands on the split criterion.
    await page.getByLabel('Level').selectOption({ label: 'Bronze' });
    await expect(row(BRONZE[0]!).getByRole('combobox')).toHaveValue('developing');
    await expect(row(BRONZE[2]!).getByRole('combobox')).toHaveValue('in-place');
    const changed = BRONZE[0]!;
    // Moderated twice: the second time replaces the first's note on the spread, it does not add another.
    for (const _time of [1, 2]) {
      await page.getByRole('button', { name: 'Use the agreed answers on this device…' }).click();
      const preview = page.getByTestId('file-preview');
      await expect(preview.getByRole('heading')).toHaveText('Check before replacing: what using the agreed Bronze answers changes on this device');
      await preview.getByRole('button', { name: 'Use the agreed answers on this device' }).click();
      await expect(page.getByTestId('team-applied')).toContainText('The agreed Bronze answers are now this device’s answers');
    }
    expect(await axeViolations(page)).toEqual([]);

    // Reopened: the self-assessment shows the agreed answers, and the spread in the evidence, after a reload too.
    await page.goto(`${MARK}/levels/bronze/self-assessment/#all`);
    await page.reload();
    const criterion = (id: string) => page.locator('fieldset.criterion').nth(BRONZE.indexOf(id));
    await expect(criterion(BRONZE[2]!).getByRole('radio', { name: 'In place', exact: true })).toBeChecked();
    await expect(criterion(BRONZE[2]!).getByLabel('Evidence')).toHaveValue('Combined from 3 of 3 files: In place 2, Not yet 1.');
    await expect(criterion(changed).getByRole('radio', { name: 'Developing', exact: true })).toBeChecked();
    await expect(criterion(changed).getByLabel('Evidence')).toHaveValue('Combined from 3 of 3 files: In place 3.');
    await expect(criterion(BRONZE[5]!).getByRole('radio', { name: 'In place', exact: true })).not.toBeChecked();
  });

  test('a person counts once, by their later save; what colleagues wrote is read while moderating; a level is checked on its own', async ({
    page,
  }, info) => {
    const ann = { name: 'Ann Patel', role: 'Deputy head' };
    const ben = { name: 'Ben Okafor', role: 'SENCO' };
    const answer = (response: string, texts: Record<string, string> = {}) => ({ response: [response], texts });
    const save = (name: string, minute: number, person: typeof ann, levels: Record<string, Record<string, ReturnType<typeof answer>>>) => {
      const answers = Object.fromEntries(Object.entries(levels).map(([id, criteria]) => [id, { criteria, requirements: {} }]));
      const path = info.outputPath(name);
      const file = markFileOf(
        mark,
        { answers: { version: 1, levels: answers } },
        'Oak Hill Primary',
        new Date(Date.UTC(2026, 11, 1, 9, minute)),
        person,
      );
      writeFileSync(path, markFileText(file));
      return path;
    };
    const monday = save('ann-monday.json', 1, ann, { bronze: { [BRONZE[0]!]: answer('not-yet') } });
    const tuesday = save('ann-tuesday.json', 9, ann, {
      bronze: { [BRONZE[0]!]: answer('in-place', { evidence: 'Minutes of June' }) },
      silver: { [SILVER[0]!]: answer('agree') },
    });
    const bens = save('ben.json', 5, ben, { bronze: { [BRONZE[0]!]: answer('not-yet', { action: 'Ben to set up a middle leaders’ forum' }) } });
    const input = page.getByLabel('Self-assessment files (.json), one or more');
    await page.goto(TEAM);
    await input.setInputFiles([monday, bens]);
    await expect(page.getByTestId('team-added')).toHaveText('Added 2 files.');
    // Ann saved again on Tuesday: her later file takes the place of Monday's, and she is counted once.
    await input.setInputFiles(tuesday);
    await expect(page.getByTestId('team-added')).toHaveText('Added 1 file.');
    await expect(page.getByTestId('team-problems')).toContainText(
      'ann-monday.json is left out: ann-tuesday.json is a later save by the same person, Ann Patel (Deputy head, Oak Hill Primary), and each person is counted once.',
    );
    await expect(page.getByTestId('team-files').locator('li')).toHaveCount(2);
    await expect(page.getByTestId('team-files').locator('li').first()).toContainText('ann-tuesday.json');
    // The same file dropped twice is named once.
    await input.setInputFiles(tuesday);
    await expect(page.getByTestId('team-problems')).toContainText('ann-tuesday.json was added already, so it is counted once.');

    // Bronze: each row has its reference; Ben's action is there to read while the team agrees.
    const row = page.getByTestId('team-table').locator(`tbody tr[data-criterion="${BRONZE[0]!}"]`);
    await expect(row.locator('th .criterion-ref')).toHaveText(levelCriteria(mark.levels[0]!)[0]!.ref);
    await expect(row.locator('td').nth(3)).toHaveText('50% (1 of 2)');
    await row.getByText('Action to achieve it').click();
    await expect(row.locator('.team__note').last()).toContainText('Ben Okafor (SENCO): Ben to set up a middle leaders’ forum');
    await row.getByText('Agreed note', { exact: true }).click();
    await expect(row.getByRole('textbox')).toHaveValue(/Ann Patel \(Deputy head\): Minutes of June/);
    expect(await axeViolations(page)).toEqual([]);

    // The agreed Bronze answers are used; then Silver, which only Ann answered: one column, and a check of Silver alone.
    await page.getByRole('button', { name: 'Use the agreed answers on this device…' }).click();
    await page.getByTestId('file-preview').getByRole('button', { name: 'Use the agreed answers on this device' }).click();
    await page.getByLabel('Level').selectOption({ label: 'Silver' });
    await expect(page.getByTestId('team-table').locator('thead th')).toHaveText([
      'Criterion',
      'Agree',
      'Unsure',
      'Disagree',
      'Meeting it',
      'Oak Hill Primary: Ann Patel (Deputy head)',
      'Agreed answer',
    ]);
    await page.getByRole('button', { name: 'Use the agreed answers on this device…' }).click();
    await expect(page.getByTestId('file-changes')).toHaveText(['Criteria answered: 1 will be added, none replaced.']);
    await page.getByTestId('file-preview').getByRole('button', { name: 'Use the agreed answers on this device' }).click();

    // The report: the school the files name, which this device did not; each criterion by reference, with its answer and evidence.
    await page.goto(`${MARK}/report/`);
    await expect(page.locator('.report[data-hydrated]')).toBeVisible();
    await expect(page.locator('main')).toContainText('Oak Hill Primary');
    const evidence = page.locator('section[aria-labelledby="report-evidence"]');
    await expect(evidence.getByRole('heading', { level: 2 })).toHaveText('Each criterion: the answer given and its evidence');
    const silverFirst = levelCriteria(mark.levels.find((l) => l.id === 'silver')!)[0]!;
    await expect(evidence.locator('div', { hasText: silverFirst.ref }).last()).toContainText(
      `${silverFirst.ref} ${silverFirst.statement.text}Agree. Combined from 1 of 1 files: Agree 1.`,
    );
    await expect(evidence).toContainText('Ann Patel (Deputy head): Minutes of June');
  });

  test('a file for another mark or not a file is left out with the reason, and the rest combined', async ({ page }, info) => {
    const good = info.outputPath('good.json');
    const other = info.outputPath('other.json');
    const file = (markId: string) => ({
      format: 'qmh-self-assessment',
      version: 1,
      mark: { id: markId, name: markId === 'wiltshire-lsqm' ? mark.name : 'Other mark', revision: 1 },
      savedAt: '2026-11-26T10:00:00.000Z',
      school: 'Ash',
      data: { answers: { version: 1, levels: { bronze: { criteria: { [BRONZE[0]!]: { response: ['in-place'], texts: {} } }, requirements: {} } } } },
    });
    writeFileSync(good, JSON.stringify(file('wiltshire-lsqm')));
    writeFileSync(other, JSON.stringify(file('english-maths-qm')));
    await page.goto(TEAM);
    await page.getByLabel('Self-assessment files (.json), one or more').setInputFiles([good, other]);
    await expect(page.getByTestId('team-problems')).toContainText('1 file was left out.');
    await expect(page.getByTestId('team-problems')).toContainText('other.json: It holds answers for the Other mark');
    await expect(page.getByTestId('team-files').locator('li')).toHaveCount(1);
    await expect(rows(page).first().locator('td').nth(3)).toHaveText('100% (1 of 1)');
  });
});

test.describe('printing the combined answers', () => {
  const SCHOOLS = ['Ash Primary', 'Beech Primary', 'Cedar Primary'];
  const OPTIONS = { bronze: ['in-place', 'developing', 'not-yet'], silver: ['agree', 'unsure', 'disagree'] } as const;
  const text = (level: 'bronze' | 'silver') => levelCriteria(mark.levels.find((l) => l.id === level)!).map((c) => c.statement.text);

  /** Each school answers every Bronze and Silver criterion: all meet every third one, and the rest differ from school to school. */
  function files(info: { outputPath: (name: string) => string }) {
    return SCHOOLS.map((school, i) => {
      const level = (id: 'bronze' | 'silver', criteria: string[]) => ({
        criteria: Object.fromEntries(criteria.map((c, j) => [c, { response: [OPTIONS[id][j % 3 === 0 ? 0 : (i + j) % 3]!], texts: {} }])),
        requirements: {},
      });
      const file = markFileOf(
        mark,
        { answers: { version: 1, levels: { bronze: level('bronze', BRONZE), silver: level('silver', SILVER) } } },
        school,
        new Date(Date.UTC(2026, 10, 26, 9, i)),
      );
      const path = info.outputPath(`${school}.json`);
      writeFileSync(path, markFileText(file));
      return path;
    });
  }

  test('the cluster view and the moderated spread print on A4 with every statement, the action plan list and no navigation', async ({
    page,
  }, info) => {
    await page.goto(TEAM);
    await page.getByLabel(/School name/).fill('Riverside cluster');
    await page.getByLabel('Self-assessment files (.json), one or more').setInputFiles(files(info));
    await expect(page.getByTestId('team-added')).toHaveText('Added 3 files.');
    await page.getByLabel('Level').selectOption({ label: 'Silver' });
    const plan = page.getByTestId('team-plan');
    await expect(plan.locator('li')).toHaveCount(SILVER.length - Math.ceil(SILVER.length / 3));
    // The cluster moderates its Silver answers: the agreed set is this device's, and the spread is kept.
    await page.getByRole('button', { name: 'Use the agreed answers on this device…' }).click();
    await page.getByTestId('file-preview').getByRole('button', { name: 'Use the agreed answers on this device' }).click();
    await expect(page.getByTestId('team-applied')).toContainText('The agreed Silver answers are now this device’s answers');

    const silver = await printToPdf(page, info, 'team-silver');
    // A column per school: landscape sheets.
    expectSheets(silver, { head: `Quality Mark Handbook · ${mark.name}`, orientation: 'landscape', date: printedToday() });
    // Every statement whole on one sheet, in the table and again in the plan's list.
    expectStatements(silver, text('silver'));
    const all = silver.sheets.join(' ');
    for (const present of [
      'School: Riverside cluster',
      'Combined answers',
      'Silver: 3 files',
      'Agreed answer',
      ...SCHOOLS,
      'The statements the cluster action plan should address',
      'Not yet met by',
    ])
      expect(all).toContain(present);
    // Each tied statement's agreed answer in words on paper, as the leader left it.
    expect(all.match(/Tied, none agreed/g)).toHaveLength(SILVER.length - Math.ceil(SILVER.length / 3));
    for (const controls of [
      'Add files',
      'Remove',
      'Use the agreed answers',
      'Show each file',
      'Print our answers',
      'Tied: choose',
      'Each person saves',
    ])
      expect(all).not.toContain(controls);

    // Bronze, 48 criteria by role: the combined table over several sheets, each criterion whole.
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Level').selectOption({ label: 'Bronze' });
    await expect(page.getByTestId('team-plan')).toHaveCount(0);
    const bronze = await printToPdf(page, info, 'team-bronze');
    expectSheets(bronze, { head: `Quality Mark Handbook · ${mark.name}`, orientation: 'portrait', date: printedToday() });
    expectStatements(bronze, text('bronze'));
    expect(bronze.sheets.join(' ')).toContain('Bronze: 3 files');
  });
});

test('a survey group of 4 responses is not broken down; at 5 it is', async ({ page }) => {
  await page.goto('/marks/wellbeing-qm/surveys/');
  await expect(page.getByTestId('survey-privacy')).toContainText('fewer than 5 responses');
  const pupils = page.getByTestId('group-pupils');
  await pupils.getByLabel('Number of responses').fill('4');
  await pupils.getByRole('button', { name: 'Add a question' }).click();
  await pupils.getByLabel('Question 1', { exact: true }).fill('I feel safe at school');
  await pupils.getByLabel('Question 1: number agreeing').fill('3');
  await pupils.getByLabel('Question 1: number answering').fill('4');
  await expect(page.getByTestId('share-pupils-0')).toHaveText('Not shown: fewer than 5 answers');
  await expect(page.getByTestId('hidden-pupils')).toContainText('Fewer than 5 responses');
  expect(await axeViolations(page)).toEqual([]);

  await pupils.getByLabel('Number of responses').fill('5');
  await pupils.getByLabel('Question 1: number answering').fill('5');
  await expect(page.getByTestId('share-pupils-0')).toHaveText('60%');
  await expect(page.getByTestId('hidden-pupils')).toHaveCount(0);
});

test('a semicolon CSV in Windows-1252 imported over typed figures asks first, then reads its accented headings', async ({ page }) => {
  await page.goto('/marks/wellbeing-qm/surveys/');
  const parents = page.getByTestId('group-parents');
  await parents.getByLabel('Number of responses').fill('54');
  const csv = 'Timestamp;Les élèves sont écoutés\n2026/03/02;Agree\n2026/03/03;Agree\n2026/03/04;Disagree\n2026/03/05;Agree\n2026/03/06;Agree\n';
  const bytes = Buffer.from(Array.from(csv, (ch) => ch.charCodeAt(0))); // Latin-1 bytes: é is 0xE9, as Windows-1252 saves it
  await parents
    .getByLabel('Import a CSV file exported from your online form')
    .setInputFiles({ name: 'parents.csv', mimeType: 'text/csv', buffer: bytes });
  const confirm = page.getByTestId('confirm-parents');
  await expect(confirm).toContainText('Importing parents.csv would replace the figures typed for Parents:');
  await expect(confirm).toContainText('Responses: 54 would become 5');
  await expect(confirm).toContainText('“Les élèves sont écoutés” would be added: 4/5');
  await confirm.getByRole('button', { name: 'Keep the typed figures' }).click();
  await expect(parents.getByLabel('Number of responses')).toHaveValue('54');

  await parents
    .getByLabel('Import a CSV file exported from your online form')
    .setInputFiles({ name: 'parents.csv', mimeType: 'text/csv', buffer: bytes });
  await page.getByTestId('confirm-parents').getByRole('button', { name: 'Replace them with the file’s figures' }).click();
  await expect(parents.getByRole('status').first()).toContainText('Imported 5 responses to 1 questions from parents.csv.');
  await expect(parents.getByLabel('Question 1', { exact: true })).toHaveValue('Les élèves sont écoutés');
  await expect(page.getByTestId('share-parents-0')).toHaveText('80%');
});
