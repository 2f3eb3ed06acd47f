import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { levelWords, ratingsInResponseFile, ratingWords, responseFileText, type MarkId } from '../fixtures/adapters';
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
