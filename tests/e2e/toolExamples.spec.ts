import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { actionPlanExamples } from '../fixtures/actionPlan.examples';
import {
  fileText,
  levelWords,
  markDefinition,
  ratingsInResponseFile,
  ratingWords,
  responseFileText,
  shareLinkFragment,
  words,
  type MarkId,
} from '../fixtures/adapters';
import { deviceDataExamples } from '../fixtures/deviceData.examples';
import { markFileExamples, type FileExample } from '../fixtures/markFile.examples';
import { sharedAnswersExamples } from '../fixtures/sharedAnswers.examples';
import { teamExamples } from '../fixtures/team.examples';
import { levelReadinessExamples } from '../fixtures/levelReadiness.examples';
import { levelSelfAssessmentExamples, type LevelEntry } from '../fixtures/levelSelfAssessment.examples';
import { prioritiesExamples } from '../fixtures/priorities.examples';
import { ratingAuditExamples, type RatingEntry } from '../fixtures/ratingAudit.examples';
import { staffQuestionnaireExamples } from '../fixtures/staffQuestionnaire.examples';
import { surveySummaryExamples } from '../fixtures/surveySummary.examples';
import { axeViolations } from './axe';
import { expect, test } from './test';

// Every example of every tool, entered as a person would (choosing options by their labels, typing in
// labelled boxes, choosing files), then what the tool shows is checked and axe runs with the answers in place.

const WHMAT: MarkId = 'whmat-wellbeing';
const WILTSHIRE = '/marks/wiltshire-lsqm';

/** Files as a person chooses them in a file input. */
const chosen = (files: FileExample[]) => files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(fileText(f)) }));

/** Waits for a tool's island to be ready for input. */
const hydrated = (page: Page) => page.locator('[data-hydrated]').first().waitFor();

/** The lines of the check before anything is replaced. */
const checkLines = (page: Page) => page.getByTestId('file-changes').getByRole('listitem');

/** What the device holds on the level's page: each answer's options chosen and its boxes' words. */
async function expectLevel(page: Page, entry: LevelEntry) {
  const words = levelWords(entry.mark, entry.level);
  await page.goto(`/marks/${entry.mark}/levels/${entry.level}/self-assessment/#all`);
  for (const answer of entry.answers) {
    const criterion = page.getByRole('group', { name: words.statement(answer.criterion) });
    for (const option of answer.options)
      await expect(criterion.getByRole(words.optionRole, { name: words.option(option), exact: true })).toBeChecked();
    for (const [field, text] of Object.entries(answer.texts ?? {})) await expect(criterion.getByLabel(words.field(field))).toHaveValue(text);
  }
  for (const [id, text] of Object.entries(entry.requirements ?? {})) await expect(page.getByLabel(words.requirementPrompt(id))).toHaveValue(text);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens a level's self-assessment page and enters its answers: each criterion found by its words, its options chosen, its boxes filled. */
async function enterLevel(page: Page, entry: LevelEntry) {
  const words = levelWords(entry.mark, entry.level);
  await page.goto(`/marks/${entry.mark}/levels/${entry.level}/self-assessment/#all`);
  for (const answer of entry.answers) {
    const criterion = page.getByRole('group', { name: words.statement(answer.criterion) });
    for (const option of answer.options) await criterion.getByRole(words.optionRole, { name: words.option(option), exact: true }).check();
    // A box for an action appears once a criterion is answered and not met, so boxes are filled after choosing.
    for (const [field, text] of Object.entries(answer.texts ?? {})) await criterion.getByLabel(words.field(field)).fill(text);
  }
  for (const [id, text] of Object.entries(entry.requirements ?? {})) await page.getByLabel(words.requirementPrompt(id)).fill(text);
}

/** How many options and boxes a person fills in to enter these levels. */
const stepsIn = (entries: LevelEntry[]) =>
  entries.reduce(
    (n, e) => n + Object.keys(e.requirements ?? {}).length + e.answers.reduce((m, a) => m + a.options.length + Object.keys(a.texts ?? {}).length, 0),
    0,
  );

/** Gives an example with many answers to enter triple time: on a busy machine 40 or more can come near the default 30 s. */
const slowIfLong = (entries: LevelEntry[]) => test.slow(stepsIn(entries) >= 40, 'many answers to enter');

/** Rates statements on the audit or questionnaire page, each found by its words, with evidence where given. */
async function enterRatings(page: Page, ratings: RatingEntry[]) {
  const words = ratingWords(WHMAT);
  for (const r of ratings) {
    const statement = page.getByRole('group', { name: words.prompt(r.item) });
    await statement.getByRole('radio', { name: words.scale(r.rating), exact: true }).check();
    if (r.evidence) await statement.getByLabel('Evidence').fill(r.evidence);
  }
}

test.describe('LevelSelfAssessment examples', () => {
  for (const example of levelSelfAssessmentExamples) {
    test(example.name, async ({ page }) => {
      slowIfLong([example]);
      const { expected } = example;
      await enterLevel(page, example);
      await expect(page.getByTestId('level-headline')).toHaveText(expected.headline);
      await expect(page.getByTestId('level-enough')).toHaveText(expected.enough);
      await expect(page.getByTestId('level-verdict')).toHaveText(expected.verdict);
      const actions = page.getByTestId('level-actions');
      if (expected.actions === undefined) await expect(actions).toHaveCount(0);
      else await expect(actions).toContainText(expected.actions);
      if (expected.unmetWithoutAction) {
        // Open the list of unmet criteria without an action, as someone looking for them would, so axe checks it open.
        await actions.getByText(expected.actions!).click();
        await expect(actions.getByRole('listitem')).toHaveCount(expected.listed ?? expected.unmetWithoutAction);
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('LevelReadiness examples', () => {
  for (const example of levelReadinessExamples) {
    test(example.name, async ({ page }) => {
      slowIfLong(example.levels);
      const { expected } = example;
      for (const entry of example.levels) await enterLevel(page, entry);
      await page.goto(`/marks/${example.mark}/readiness/`);
      await expect(page.getByTestId('readiness-headline')).toHaveText(expected.headline);
      if (expected.nextHeading) await expect(page.getByRole('heading', { name: expected.nextHeading })).toBeVisible();
      await expect(page.getByTestId('readiness-next-steps').getByRole('listitem')).toHaveText(expected.nextSteps);
      if (expected.next === undefined) await expect(page.getByText('Everything this checker looks at is in place.')).toBeVisible();
      await expect(page.getByTestId(/^readiness-row-/)).toHaveCount(Object.keys(expected.rows).length);
      for (const [level, row] of Object.entries(expected.rows)) {
        const cells = page.getByTestId(`readiness-row-${level}`).getByRole('cell');
        await expect(cells.first()).toHaveText(new RegExp(`^${row.met} of `));
        await expect(cells.last()).toHaveText(row.counts);
      }
      // With the question "delete them?" open too, so axe sees the result and the warning together.
      await page.getByRole('button', { name: 'Clear this mark’s answers…' }).click();
      await expect(page.getByRole('button', { name: 'Yes, delete them' })).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('RatingAudit examples', () => {
  for (const example of ratingAuditExamples) {
    test(example.name, async ({ page }) => {
      const words = ratingWords(WHMAT);
      await page.goto(`/marks/${WHMAT}/audit/#all`);
      await enterRatings(page, example.ratings);
      await expect(page.getByTestId('audit-status')).toHaveText(example.expected.status);
      for (const [item, rating] of Object.entries(example.expected.ratings)) {
        await expect(
          page.getByRole('group', { name: words.prompt(item) }).getByRole('radio', { name: words.scale(rating), exact: true }),
        ).toBeChecked();
      }
      expect(await axeViolations(page)).toEqual([]);
      // The priorities page reads the same audit.
      await page.goto(`/marks/${WHMAT}/priorities/`);
      await expect(page.getByTestId('responses-count')).toContainText(
        `leaders’ audit: ${Object.keys(example.expected.ratings).length} of ${words.count} rated`,
      );
    });
  }
});

test.describe('StaffQuestionnaire examples', () => {
  for (const example of staffQuestionnaireExamples) {
    test(example.name, async ({ page }) => {
      const { file } = example.expected;
      await page.goto(`/marks/${WHMAT}/questionnaire/`);
      await enterRatings(page, example.ratings);
      await expect(page.getByTestId('questionnaire-status')).toHaveText(example.expected.status);
      const save = page.getByRole('button', { name: 'Save my response as a file' });
      if (!file) await expect(save).toBeDisabled();
      else {
        const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
        expect(download.suggestedFilename()).toBe(file.name);
        expect(ratingsInResponseFile(WHMAT, readFileSync(await download.path(), 'utf8'), file.name)).toEqual(file.ratings);
        await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText(file.name);
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('Priorities examples', () => {
  for (const example of prioritiesExamples) {
    test(example.name, async ({ page }) => {
      const { expected } = example;
      const words = ratingWords(WHMAT);
      if (example.audit.length > 0) {
        await page.goto(`/marks/${WHMAT}/audit/#all`);
        await enterRatings(page, example.audit);
      }
      await page.goto(`/marks/${WHMAT}/priorities/`);
      if (example.files.length > 0) {
        await page
          .getByLabel(/Add response files/)
          .setInputFiles(example.files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(responseFileText(WHMAT, f)) })));
      }
      await expect(page.getByTestId('import-report')).toHaveText(expected.report ?? '');
      const problems = page.getByTestId('import-problems').getByRole('listitem');
      await expect(problems).toHaveText(expected.problems);
      await expect(page.getByTestId('responses-count')).toHaveText(expected.collected);
      const rows = page
        .getByTestId('priorities-table')
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader') });
      await expect(rows.getByRole('rowheader')).toHaveText(expected.rows.map((r) => words.name(r.item)));
      for (const [i, row] of expected.rows.entries()) {
        await expect(rows.nth(i).getByRole('cell')).toHaveText([
          row.rank === undefined ? 'Not rated' : String(row.rank),
          row.audit === undefined ? '' : `${row.audit} (${words.scale(row.audit)})`,
          row.staffMean === undefined ? '' : `${row.staffMean.toFixed(1)} from ${row.staffCount}`,
          row.views,
        ]);
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('SurveySummary examples', () => {
  for (const example of surveySummaryExamples) {
    test(example.name, async ({ page }) => {
      await page.goto('/marks/wellbeing-qm/surveys/');
      for (const entry of example.groups) {
        const group = page.getByTestId(`group-${entry.group}`);
        if (entry.invited !== undefined) await group.getByLabel('Number invited').fill(String(entry.invited));
        if (entry.responses !== undefined) await group.getByLabel('Number of responses').fill(String(entry.responses));
        for (const [i, q] of (entry.questions ?? []).entries()) {
          await group.getByRole('button', { name: /Add a question/ }).click();
          await group.getByLabel(`Question ${i + 1}`, { exact: true }).fill(q.text);
          await group.getByLabel(`Question ${i + 1}: number agreeing`).fill(String(q.agree));
          await group.getByLabel(`Question ${i + 1}: number answering`).fill(String(q.answered));
        }
        if (entry.csv) {
          await group
            .getByLabel('Import a CSV file exported from your online form')
            .setInputFiles({ name: entry.csv.name, mimeType: 'text/csv', buffer: Buffer.from(entry.csv.text) });
        }
      }
      for (const [id, want] of Object.entries(example.expected)) {
        const group = page.getByTestId(`group-${id}`);
        await expect(page.getByTestId(`overview-${id}`).getByRole('cell')).toHaveText([
          want.invited === undefined ? 'Not given' : String(want.invited),
          String(want.responses),
          want.responseRate ?? 'Needs the number invited',
          String(want.shares.length),
        ]);
        await expect(group.getByTestId(`rate-${id}`)).toHaveText(
          want.responseRate === undefined
            ? 'Response rate: enter the number invited to see it.'
            : `Response rate: ${want.responseRate} (${want.responses} of ${want.invited}).`,
        );
        for (const [i, share] of want.shares.entries()) await expect(group.getByTestId(`share-${id}-${i}`)).toHaveText(share);
        await expect(group.getByRole('status')).toHaveText(want.imported ?? '');
        if (want.problems) for (const line of want.problems) await expect(group.getByRole('alert')).toContainText(line);
        else await expect(group.getByRole('alert')).toHaveCount(0);
        await expect(group.getByText('These figures cannot all be right')).toHaveCount(want.inconsistencies ? 1 : 0);
        for (const line of want.inconsistencies ?? []) await expect(group.getByText(line)).toBeVisible();
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('Action plan examples', () => {
  for (const example of actionPlanExamples) {
    test(example.name, async ({ page }) => {
      test.slow(true, 'answers, the plan and the report, with axe on two pages');
      const { expected } = example;
      for (const entry of example.levels) await enterLevel(page, entry);
      await page.goto(`${WILTSHIRE}/plan/`);
      await expect(page.locator('.plan[data-hydrated]')).toBeVisible();
      for (const [id, details] of Object.entries(example.plan)) {
        const row = page.locator(`[data-row="${id}"]`);
        if (details.action) await row.getByLabel('Action', { exact: true }).fill(details.action);
        if (details.owner) await row.getByLabel('Owner').fill(details.owner);
        if (details.due) await row.getByLabel('Target date').fill(details.due);
        if (details.status) await row.getByLabel('Status').selectOption(details.status);
      }
      await expect(page.getByTestId('plan-summary')).toHaveText(expected.summary);
      for (const row of expected.rows) {
        const shown = page.locator(`[data-row="${row.id}"]`);
        await expect(shown).toContainText(row.action);
        await expect(shown).toContainText(row.status);
        // Overdue is said in words, with the date in words.
        if (row.overdue) await expect(shown).toContainText(`Overdue: target date ${row.due} has passed`);
        else await expect(shown).not.toContainText('Overdue');
      }
      expect(await axeViolations(page)).toEqual([]);

      // The report for the assessor prints the plan as a table: action, owner, date in words, status.
      await page.goto(`${WILTSHIRE}/report/`);
      await expect(page.locator('.report[data-hydrated]')).toBeVisible();
      const rows = page.getByTestId('plan-table').locator('tbody tr');
      await expect(rows).toHaveCount(expected.rows.length);
      for (const [i, row] of expected.rows.entries()) {
        const [level, criterion] = row.id.split('/') as [string, string];
        await expect(rows.nth(i).getByRole('cell')).toHaveText([
          new RegExp(escaped(levelWords('wiltshire-lsqm', level).statement(criterion))),
          row.action,
          row.owner,
          row.overdue ? `${row.due} Overdue` : row.due,
          row.status,
          '',
        ]);
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('Team examples', () => {
  for (const example of teamExamples) {
    test(example.name, async ({ page }) => {
      const { expected } = example;
      test.slow(true, 'the team page, the check, the level and the plan, with axe twice');
      const level = levelWords('wiltshire-lsqm', example.level);
      await page.goto(`${WILTSHIRE}/team/`);
      await hydrated(page);
      await page.getByLabel('Self-assessment files (.json), one or more').setInputFiles(chosen(example.files));
      await expect(page.getByTestId('team-added')).toHaveText(expected.added);
      if (expected.problems.length === 0) await expect(page.getByTestId('team-problems')).toHaveCount(0);
      for (const problem of expected.problems) await expect(page.getByTestId('team-problems')).toContainText(problem);
      for (const [id, agreed] of Object.entries(expected.agreed))
        await expect(page.getByTestId('team-table').locator(`tbody tr[data-criterion="${id}"]`).getByRole('combobox')).toHaveValue(agreed.join(','));
      expect(await axeViolations(page)).toEqual([]);

      // The same check as a file's, counted against this empty device; then the agreed set is this device's.
      await page.getByRole('button', { name: 'Use the agreed answers on this device…' }).click();
      await expect(checkLines(page)).toHaveText(expected.check);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('file-preview').getByRole('button', { name: 'Use the agreed answers on this device' }).click();
      await expect(page.getByTestId('team-applied')).toBeVisible();

      // Every colleague's words in the level's boxes, attributed, the spread beside them.
      await page.goto(`${WILTSHIRE}/levels/${example.level}/self-assessment/#all`);
      for (const [id, boxes] of Object.entries(expected.boxes)) {
        const criterion = page.getByRole('group', { name: level.statement(id) });
        for (const [field, text] of Object.entries(boxes)) await expect(criterion.getByLabel(level.field(field))).toHaveValue(text);
      }
      // Each action on the plan, its authors suggested as its owner.
      await page.goto(`${WILTSHIRE}/plan/`);
      await expect(page.locator('.plan[data-hydrated]')).toBeVisible();
      for (const [id, owner] of Object.entries(expected.owners ?? {}))
        await expect(page.locator(`[data-row="${id}"]`).getByLabel('Owner')).toHaveValue(owner);
    });
  }
});

test.describe('Self-assessment file examples', () => {
  for (const example of markFileExamples) {
    test(example.name, async ({ page }) => {
      const { expected } = example;
      test.slow(true, 'answers entered, a file opened, then each answer checked on its page');
      for (const entry of example.onDevice) await enterLevel(page, entry);
      await page.goto(`${WILTSHIRE}/answers/`);
      await hydrated(page);
      await page.getByLabel('Self-assessment file (.json)').setInputFiles(chosen([example.file]));
      if (expected.refused) {
        await expect(page.getByTestId('file-refused')).toHaveText(expected.refused);
        await expect(page.getByTestId('file-refused')).toBeFocused();
        await expect(page.getByTestId('file-preview')).toHaveCount(0);
        expect(await axeViolations(page)).toEqual([]);
      } else {
        const preview = page.getByTestId('file-preview');
        await expect(checkLines(page)).toHaveText(expected.check!);
        if (expected.listed) {
          // Open the list of what changes, as someone checking would, so axe sees it open.
          await preview.getByText(/^Show the \d+ entr/).click();
          const listed = page.getByTestId('file-changed-list').getByRole('listitem');
          await expect(listed).toHaveCount(expected.listed.length);
          for (const [i, id] of expected.listed.entries()) {
            const [level, criterion] = id.split('/') as [string, string];
            await expect(listed.nth(i)).toContainText(levelWords('wiltshire-lsqm', level).statement(criterion).slice(0, 60));
          }
        }
        expect(await axeViolations(page)).toEqual([]);
        await preview.getByRole('button', { name: 'Replace this device’s answers with the file’s' }).click();
        await expect(page.getByTestId('file-opened')).toHaveText(`Opened ${example.file.name}: the answers on this device are now the file’s.`);
      }
      await expect(page.getByTestId('files-on-device')).toContainText(expected.holds);
      // Refused: every answer the device held is still there. Opened: the file's answers are.
      const held = expected.refused || 'text' in example.file ? example.onDevice : example.file.levels;
      for (const entry of held) await expectLevel(page, entry);
    });
  }
});

test.describe('Device page examples', () => {
  for (const example of deviceDataExamples) {
    test(example.name, async ({ page }) => {
      const { expected } = example;
      for (const entry of example.levels) await enterLevel(page, entry);
      if (example.audit.length > 0) {
        // The audit shows one approach at a time; #all shows them all, as the other audit tests open it.
        await page.goto(`/marks/${WHMAT}/audit/#all`);
        await enterRatings(page, example.audit);
      }
      await page.goto('/on-this-device/');
      await hydrated(page);
      if (example.turnSavingOff) {
        await page.getByRole('button', { name: 'Don’t save answers on this device' }).click();
        await page.getByRole('button', { name: 'Yes, delete and stop saving' }).click();
      }
      await expect(page.getByTestId('device-saving')).toHaveText(expected.saving);
      if (expected.marks.length === 0) {
        await expect(page.getByTestId('device-none')).toBeVisible();
        await expect(page.getByTestId('device-saved')).toHaveCount(0);
      } else {
        const items = page.getByTestId('device-saved').getByRole('listitem');
        await expect(items).toHaveCount(expected.marks.length);
        for (const mark of expected.marks) {
          const name = markDefinition(mark as MarkId).name;
          const link = page.getByRole('link', { name, exact: true });
          await expect(page.getByTestId('device-saved').getByRole('link', { name, exact: true })).toHaveAttribute('href', `/marks/${mark}/answers/`);
          // Each with the room it takes.
          await expect(items.filter({ has: link })).toHaveText(new RegExp(`^${escaped(name)}: \\d+(\\.\\d)? K?B$`));
        }
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('Shared answers examples', () => {
  for (const example of sharedAnswersExamples) {
    test(example.name, async ({ page }) => {
      const { expected } = example;
      test.slow(true, 'a link read, imported, then each answer checked on its page');
      const mark = example.shared.mark;
      const saved = () => page.evaluate((key) => localStorage.getItem(key), `qmh:answers:${mark}`);
      await page.goto(`/marks/${mark}/shared/#${await shareLinkFragment(example.shared, example.cut)}`);
      if (expected.refused) {
        await expect(page.getByTestId('file-refused')).toHaveText(expected.refused);
        await expect(page.getByTestId('read-only-answers')).toHaveCount(0);
        await expect(page.getByRole('button', { name: 'Import these answers to this device' })).toHaveCount(0);
        expect(await saved()).toBeNull();
        expect(await axeViolations(page)).toEqual([]);
        return;
      }
      const shown = page.getByTestId('read-only-answers');
      for (const level of expected.levels ?? []) {
        const section = shown.locator('section').filter({ has: page.getByRole('heading', { name: level.heading, exact: true }) });
        await expect(section).toHaveCount(1);
        await expect(section.locator('p').first()).toHaveText(level.counts);
      }
      for (const text of expected.shows ?? []) await expect(page.getByText(text).first()).toBeVisible();
      // Read-only: nothing is saved until imported.
      expect(await saved()).toBeNull();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Import these answers to this device' }).click();
      await expect(page.getByTestId('file-preview').getByRole('heading')).toHaveText(
        'Check before replacing: what importing the shared answers changes on this device',
      );
      await expect(checkLines(page)).toHaveText(expected.check!);
      await page.getByRole('button', { name: 'Replace this device’s answers with the shared ones' }).click();
      await expect(page.getByTestId('file-opened')).toBeVisible();
      await page.goto(`/marks/${mark}/answers/`);
      await expect(page.getByTestId('files-on-device')).toContainText(words('files.count.answers', { count: expected.imported! }));
      for (const entry of example.shared.levels) await expectLevel(page, entry);
    });
  }
});
