import { readFileSync } from 'node:fs';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { axeViolations } from './axe';
import { printToPdf, words } from './pdf';
import { expect, test } from './test';
import { markDefinition } from '../fixtures/adapters';
import { levelCriteria } from '~/frameworks/criteria';
import type { MarkAnswers } from '~/frameworks/saved/answers';
import { credits } from '../fixtures/credits';

// The team journey end to end: three colleagues each answer Bronze in a browser of their own, with
// notes, actions, owners and dates, and save a file; a fourth browser combines the files, agrees one
// set and takes it through the plan to the assessor's report. Nothing written may be lost or retyped.

const MARK = '/marks/wiltshire-lsqm';
const TEAM = `${MARK}/team/`;
const mark = markDefinition('wiltshire-lsqm');
const levelOf = (id: string) => mark.levels.find((l) => l.id === id)!;
const ids = (levelId: string) => levelCriteria(levelOf(levelId)).map((c) => c.statement.id);
const BRONZE = ids('bronze');
const SILVER = ids('silver');

interface Colleague {
  name: string;
  role: string;
  school: string;
  /** Criteria (by position) they answer as not met, each with an action; every other is met with evidence. */
  unmet: number[];
  /** Owner and date they give each action on their plan, in the order of `unmet`; an empty owner leaves it to the author. */
  plan: { owner: string; due: string; status: 'In progress' | 'Not started' }[];
}

/** Bronze: each colleague meets 45 of 48; together they agree four criteria are developing (met by one of three or none). */
const BRONZE_TEAM: Colleague[] = [
  {
    name: 'Ann Patel',
    role: 'Deputy head',
    school: 'Oak Hill Primary',
    unmet: [1, 2, 3],
    plan: [
      { owner: 'the deputy head (DHT)', due: '2027-01-15', status: 'In progress' },
      { owner: '', due: '2027-02-01', status: 'Not started' },
      { owner: 'Phase leaders', due: '2027-03-01', status: 'Not started' },
    ],
  },
  {
    name: 'Ben Okafor',
    role: 'SENCO',
    school: 'Oak Hill Primary',
    unmet: [1, 2, 4],
    plan: [
      { owner: '', due: '2027-01-20', status: 'Not started' },
      { owner: 'SENCO and TAs', due: '2027-01-25', status: 'In progress' },
      { owner: '', due: '2027-04-01', status: 'Not started' },
    ],
  },
  {
    name: 'Cara Lee',
    role: 'English lead',
    school: 'Oak Hill Primary',
    unmet: [1, 3, 4],
    plan: [
      { owner: 'English team', due: '2027-01-10', status: 'Not started' },
      { owner: '', due: '2027-02-15', status: 'Not started' },
      { owner: 'Cara and Ben', due: '2027-03-20', status: 'In progress' },
    ],
  },
];

const evidenceOf = (c: Colleague, n: number) =>
  n === 0 ? 'Minutes of the June leadership meeting' : `${c.name.split(' ')[0]}’s evidence ${n}: seen in the ${['SEF', 'SIP', 'minutes'][n % 3]!}`;
const actionOf = (c: Colleague, n: number) => `${c.role} to lead work on criterion ${n} with a termly review`;
const impactNote = (c: Colleague) => `${c.name}: staff survey shows leadership shared more widely`;

/** What a colleague writes on their own device: answers, notes, actions and the level's requirement note. */
function written(c: Colleague, levelId: string, count: number, met: string, unmetOption: string): MarkAnswers {
  const criteria = Object.fromEntries(
    ids(levelId)
      .slice(0, count)
      .map((id, n) => [
        id,
        c.unmet.includes(n)
          ? { response: [unmetOption], texts: { action: actionOf(c, n) } }
          : { response: [met], texts: { evidence: evidenceOf(c, n) } },
      ]),
  );
  const requirement = levelOf(levelId).requirements.find((r) => r.checks.some((check) => check.kind === 'recorded'))!;
  return { version: 1, levels: { [levelId]: { criteria, requirements: { [requirement.id]: impactNote(c) } } } };
}

/**
 * One colleague in a browser of their own: most answers are on the device already (as weeks of work
 * would be), one note and one action are typed now; their name and role are given once on the files
 * page; the plan's owners and dates are typed on the plan page; then the file is saved.
 */
async function colleagueFile(browser: Browser, c: Colleague, levelId: string, answers: MarkAnswers, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${MARK}/answers/`);
  await page.evaluate((text) => localStorage.setItem('qmh:answers:wiltshire-lsqm', text), JSON.stringify(answers));
  await page.goto(`${MARK}/levels/${levelId}/self-assessment/#all`);
  const criteria = page.locator('fieldset.criterion');
  const metAt = [...Array(10).keys()].find((n) => n > 0 && !c.unmet.includes(n))!;
  await criteria.nth(metAt).getByLabel('Evidence').fill(evidenceOf(c, metAt));
  await criteria
    .nth(c.unmet[0]!)
    .getByLabel(/Action to achieve it/)
    .fill(actionOf(c, c.unmet[0]!));

  await page.goto(`${MARK}/plan/`);
  for (const [k, n] of c.unmet.entries()) {
    const row = page
      .getByTestId('plan-rows')
      .locator(':scope > li, :scope > tr')
      .filter({ hasText: actionOf(c, n) });
    const details = c.plan[k]!;
    if (details.owner) await row.getByLabel('Owner').fill(details.owner);
    await row.getByLabel('Target date').fill(details.due);
    await row.getByLabel('Status').selectOption({ label: details.status });
  }

  await page.goto(`${MARK}/answers/`);
  await page.getByLabel('School name, saved in the file (optional)').fill(c.school);
  await page.getByLabel('Your name, saved in the file (optional)').fill(c.name);
  await page.getByLabel(/^Your role/).fill(c.role);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save to a file' }).first().click()]);
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug(c.school)}-${slug(c.name)}-wiltshire-lsqm-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.json$`));
  await download.saveAs(path);
  await context.close();
  return download.suggestedFilename();
}

/** Every note and action the colleagues wrote, with whose it was. */
const allWritten = (team: Colleague[], answers: MarkAnswers[], levelId: string) =>
  team.flatMap((c, i) =>
    Object.entries(answers[i]!.levels[levelId]!.criteria).flatMap(([id, a]) =>
      Object.entries(a.texts).map(([field, text]) => ({ id, field, text, author: `${c.name} (${c.role})` })),
    ),
  );

/** Screenshots at 1280 and 390 px wide, looked at; at 390 px the page itself never scrolls sideways (a region of its own may). */
async function shoot(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`${name}-1280.png`), fullPage: true });
  const wide = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: info.outputPath(`${name}-390.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 390 px: no sideways scroll`).toBeLessThanOrEqual(390);
  await page.setViewportSize(wide);
}

const savedAnswers = async (page: Page) =>
  JSON.parse((await page.evaluate(() => localStorage.getItem('qmh:answers:wiltshire-lsqm'))) ?? '{}') as MarkAnswers;

test.describe('from colleagues’ files to the assessor’s report', () => {
  test('Bronze: three colleagues’ notes, actions, owners and dates all reach the agreed set, the plan and the printed report', async ({
    page,
    browser,
  }, info) => {
    test.slow(true, 'three browsers save files before a fourth combines them');
    test.setTimeout(300_000);
    const answers = BRONZE_TEAM.map((c) => written(c, 'bronze', BRONZE.length, 'in-place', 'developing'));
    const paths = BRONZE_TEAM.map((_, i) => info.outputPath(`colleague-${i}.json`));
    const names: string[] = [];
    for (const [i, c] of BRONZE_TEAM.entries()) names.push(await colleagueFile(browser, c, 'bronze', answers[i]!, paths[i]!));
    expect(new Set(names).size).toBe(3);
    expect(JSON.parse(readFileSync(paths[1]!, 'utf8'))).toMatchObject({ person: { name: 'Ben Okafor', role: 'SENCO' } });

    // The moderator, on a fourth device with nothing saved.
    await page.goto(TEAM);
    await page.getByLabel('Self-assessment files (.json), one or more').setInputFiles(paths);
    await expect(page.getByTestId('team-added')).toHaveText('Added 3 files.');
    await expect(page.getByTestId('team-files')).toContainText('Ann Patel (Deputy head), Oak Hill Primary');
    await page.getByLabel('Show each file’s answers side by side').check();
    await expect(page.getByTestId('team-table').locator('thead th')).toContainText([
      'Ann Patel (Deputy head)',
      'Ben Okafor (SENCO)',
      'Cara Lee (English lead)',
    ]);

    // The moderator edits the agreed note of a criterion on the team page, adding to the colleagues' words.
    const sixth = page.getByTestId('team-table').locator(`tbody tr[data-criterion="${BRONZE[5]!}"]`);
    await sixth.getByText('Agreed note', { exact: true }).click();
    const noteBox = sixth.getByRole('textbox', { name: /^Agreed note for/ });
    const combined = await noteBox.inputValue();
    expect(combined).toContain(`Ann Patel (Deputy head): ${evidenceOf(BRONZE_TEAM[0]!, 5)}`);
    expect(combined).toMatch(/Combined from 3 of 3 files: In place 3\.$/);
    const moderatorLine = 'Moderator: checked against the June minutes at the cluster meeting';
    await noteBox.fill(`${combined}\n${moderatorLine}`);

    // Leaving the page and coming back restores the files and the choices.
    await page.goto(`${MARK}/plan/`);
    await page.goBack();
    await page.locator('.team[data-hydrated]').waitFor();
    await expect(page.getByTestId('team-files').locator('li')).toHaveCount(3);
    await expect(page.getByLabel('Show each file’s answers side by side')).toBeChecked();
    await sixth.getByText('Agreed note', { exact: true }).click();
    await expect(noteBox).toHaveValue(`${combined}\n${moderatorLine}`);

    // The check before replacing, on an empty device.
    await page.getByRole('button', { name: 'Use the agreed answers on this device…' }).click();
    const check = page.getByTestId('file-preview');
    await expect(check.getByRole('heading')).toHaveText('Check before replacing: what using the agreed Bronze answers changes on this device');
    await expect(page.getByTestId('file-changes').locator('li').first()).toHaveText('Criteria answered: 48 will be added, none replaced.');
    // The level's impact note, combined from the three, is counted on a line of its own, not among the 48 criteria.
    await expect(page.getByTestId('file-changes')).toContainText('Requirement notes: 1 will be added, none replaced.');
    await expect(page.getByTestId('file-changes')).toContainText('Action plan details: 4 will be added, none replaced.');
    expect(await axeViolations(page)).toEqual([]);
    await check.getByRole('button', { name: 'Use the agreed answers on this device' }).click();
    await expect(page.getByTestId('team-applied')).toContainText('The agreed Bronze answers are now this device’s answers');
    await shoot(page, info, 'team');

    // Every note and action written is in the agreed set, attributed.
    const agreed = (await savedAnswers(page)).levels.bronze!;
    const notes = allWritten(BRONZE_TEAM, answers, 'bronze');
    const kept = notes.filter(({ id, field, text, author }) => credits(agreed.criteria[id]?.texts[field] ?? '', author, text));
    const evidence = notes.filter((n) => n.field === 'evidence');
    const actions = notes.filter((n) => n.field === 'action');
    console.log(
      `notes kept: ${kept.filter((n) => n.field === 'evidence').length} of ${evidence.length}; actions kept: ${kept.filter((n) => n.field === 'action').length} of ${actions.length}`,
    );
    expect(kept).toHaveLength(notes.length);
    // The same words from all three are given once, with the three names, and the spread line beside them.
    expect(agreed.criteria[BRONZE[0]!]!.texts.evidence).toBe(
      'Ann Patel (Deputy head), Ben Okafor (SENCO), Cara Lee (English lead): Minutes of the June leadership meeting\nCombined from 3 of 3 files: In place 3.',
    );
    for (const c of BRONZE_TEAM) expect(agreed.requirements['actions-impact']).toContain(`${c.name} (${c.role}): ${impactNote(c)}`);
    // The moderator's edit is the agreed note, the spread line written afresh at its end.
    expect(agreed.criteria[BRONZE[5]!]!.texts.evidence).toBe(
      `${combined.replace(/\nCombined from .*$/, '')}\n${moderatorLine}\nCombined from 3 of 3 files: In place 3.`,
    );

    // The self-assessment shows the notes and the verdict is met.
    await page.goto(`${MARK}/levels/bronze/self-assessment/#all`);
    await expect(
      page
        .locator('fieldset.criterion')
        .nth(1)
        .getByLabel(/Action to achieve it/),
    ).toHaveValue(new RegExp(`^Ann Patel \\(Deputy head\\): ${actionOf(BRONZE_TEAM[0]!, 1)}`));
    await expect(page.getByText('The Bronze best-fit rule is met.').first()).toBeVisible();
    await expect(page.getByText('The Bronze best-fit rule is not met yet.')).toHaveCount(0);

    // The plan: every agreed unmet criterion with its actions, an owner and a date; nothing typed again.
    await page.goto(`${MARK}/plan/`);
    const planRows = page.getByTestId('plan-rows').locator(':scope > li, :scope > tr');
    await expect(planRows).toHaveCount(4);
    for (let i = 0; i < 4; i += 1) {
      await expect(planRows.nth(i).getByLabel('Owner')).not.toHaveValue('');
      await expect(planRows.nth(i).getByLabel('Target date')).not.toHaveValue('');
    }
    for (const { text, author } of actions) await expect(page.getByTestId('plan-rows')).toContainText(`${author}: ${text}`);
    // Criterion 2: Ann gave no owner (she is suggested), Ben gave "SENCO and TAs"; the earlier date; the status least far on.
    const second = planRows.filter({ hasText: actionOf(BRONZE_TEAM[1]!, 2) });
    await expect(second.getByLabel('Owner')).toHaveValue('Ann Patel; SENCO and TAs');
    await expect(second.getByLabel('Target date')).toHaveValue('2027-01-25');
    await expect(second.getByLabel('Status')).toHaveValue('not-started');
    await shoot(page, info, 'plan');

    // The printed report carries every note.
    await page.goto(`${MARK}/report/`);
    await page.locator('[data-hydrated]').first().waitFor();
    const report = await printToPdf(page, info, 'team-report');
    const text = words(report.sheets.join(' '));
    // Every date in words: no "2027-01-10" anywhere in the printed report.
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).toContain('10 January 2027');
    // No word of the action or owner column broken over lines at A4: each of their words is whole in the printed text.
    const printedWords = new Set(report.layout.join('\n').split(/\s+/));
    const planWords = [
      ...new Set(
        [...actions.map(({ author, text: action }) => `${author}: ${action}`), ...BRONZE_TEAM.flatMap((c) => c.plan.map((p) => p.owner))]
          .flatMap((w) => w.split(/\s+/))
          .filter(Boolean),
      ),
    ];
    expect(planWords.filter((w) => !printedWords.has(w) && !printedWords.has(`${w};`))).toEqual([]);
    const inReport = notes.filter(({ text: note }) => text.includes(words(note)));
    console.log(`notes and actions in the printed report: ${inReport.length} of ${notes.length}`);
    expect(inReport.filter((n) => n.field === 'evidence')).toHaveLength(evidence.length);
    await page.emulateMedia({ media: 'screen' });
    await shoot(page, info, 'report');
  });

  test('Silver: three schools of a cluster, named by school and person, keep every note and action', async ({ page, browser }, info) => {
    test.slow(true, 'three browsers save files before a fourth combines them');
    test.setTimeout(300_000);
    // Cedar leaves criterion 5 unmet, alone: the cluster agrees 4 and 5 are met, where Beech's and Cedar's actions stand.
    const cluster = BRONZE_TEAM.map((c, i) => ({
      ...c,
      school: ['Ash Primary', 'Beech Primary', 'Cedar Primary'][i]!,
      unmet: i === 2 ? [1, 3, 5] : c.unmet,
    }));
    const answers = cluster.map((c) => written(c, 'silver', SILVER.length, 'agree', 'unsure'));
    const paths = cluster.map((_, i) => info.outputPath(`school-${i}.json`));
    for (const [i, c] of cluster.entries()) await colleagueFile(browser, c, 'silver', answers[i]!, paths[i]!);

    await page.goto(TEAM);
    await page.getByLabel('Self-assessment files (.json), one or more').setInputFiles(paths);
    await expect(page.getByTestId('team-added')).toHaveText('Added 3 files.');
    await page.getByLabel('Level').selectOption({ label: 'Silver' });
    await expect(page.getByTestId('team-table').locator('thead th')).toContainText([
      'Ash Primary: Ann Patel (Deputy head)',
      'Beech Primary: Ben Okafor (SENCO)',
      'Cedar Primary: Cara Lee (English lead)',
    ]);
    await page.getByRole('button', { name: 'Use the agreed answers on this device…' }).click();
    await page.getByTestId('file-preview').getByRole('button', { name: 'Use the agreed answers on this device' }).click();
    await expect(page.getByTestId('team-applied')).toContainText('The agreed Silver answers are now this device’s answers');
    const agreed = (await savedAnswers(page)).levels.silver!;
    const notes = allWritten(cluster, answers, 'silver').map((n) => ({
      ...n,
      // Where schools are combined, each writer is credited with their school beside their role.
      author: n.author.replace(/\)$/, `, ${cluster.find((c) => n.author.startsWith(c.name))!.school})`),
    }));
    const kept = notes.filter(({ id, field, text, author }) => credits(agreed.criteria[id]?.texts[field] ?? '', author, text));
    const count = (field: string, list: typeof notes) => list.filter((n) => n.field === field).length;
    console.log(
      `Silver: notes kept ${count('evidence', kept)} of ${count('evidence', notes)}; actions kept ${count('action', kept)} of ${count('action', notes)}`,
    );
    expect(kept).toHaveLength(notes.length);
    expect(agreed.criteria[SILVER[0]!]!.texts.evidence).toBe(
      'Ann Patel (Deputy head, Ash Primary), Ben Okafor (SENCO, Beech Primary), Cara Lee (English lead, Cedar Primary): Minutes of the June leadership meeting\nCombined from 3 of 3 files: Agree 3.',
    );

    await page.goto(`${MARK}/levels/silver/self-assessment/#all`);
    // Silver's best fit is met; whether Silver is, the readiness page says (it needs Bronze met first).
    await expect(page.getByText(/The Silver best fit is met, and Silver needs Bronze met first/).first()).toBeVisible();
    // Every action reaches the plan, those on criteria agreed met too (marked so), each with an owner and a date: none typed again.
    await page.goto(`${MARK}/plan/`);
    const planRows = page.getByTestId('plan-rows').locator(':scope > li, :scope > tr');
    await expect(planRows).toHaveCount(5);
    for (let i = 0; i < 5; i += 1) {
      await expect(planRows.nth(i).getByLabel('Owner')).not.toHaveValue('');
      await expect(planRows.nth(i).getByLabel('Target date')).not.toHaveValue('');
    }
    const actions = notes.filter((n) => n.field === 'action');
    for (const { text, author } of actions) await expect(page.getByTestId('plan-rows')).toContainText(`${author}: ${text}`);
    // Ben gave his action on criterion 4 no owner: he is suggested, with his date.
    const metRow = planRows.filter({ hasText: actionOf(cluster[1]!, 4) });
    await expect(metRow).toContainText('Met already: here for the action written beside it');
    await expect(metRow.getByLabel('Owner')).toHaveValue('Ben Okafor (Beech Primary)');
    await expect(metRow.getByLabel('Target date')).toHaveValue('2027-04-01');
    await expect(planRows.filter({ hasText: 'Met already' })).toHaveCount(2);
    console.log(`Silver: plan rows ${await planRows.count()}, actions on the plan ${actions.length} of ${actions.length}, fields typed again 0`);
  });
});
