import { existsSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './test';

// The task list on a phone: a long self-assessment answered one area at a time, by keyboard alone.
const BRONZE = '/marks/wiltshire-lsqm/levels/bronze/self-assessment/';

test.use({ viewport: { width: 390, height: 844 } });

const statuses = (page: Page) => page.getByTestId('task-list').locator('.task-list__status');
const heading = (page: Page) => page.locator('#task-view-heading');
const progress = (page: Page) => page.getByTestId('progress-bar').locator('> summary');

/**
 * Answers the criteria of the area on screen by keyboard, from its focused heading: Tab into each radio group,
 * Space for "In place" and type the evidence, or arrows to "Not yet" and type the evidence and the action.
 */
async function answerArea(page: Page, answers: ('met' | 'unmet')[]) {
  for (const [i, answer] of answers.entries()) {
    await page.keyboard.press('Tab');
    if (answer === 'met') {
      await page.keyboard.press('Space');
      await expect(page.locator(':focus')).toBeChecked();
      await page.keyboard.press('Tab');
      await page.keyboard.type(`Minutes, item ${i + 1}`);
    } else {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator(':focus')).toHaveAccessibleName('Not yet');
      await page.keyboard.press('Tab');
      await page.keyboard.type(`Partly, item ${i + 1}`);
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveAccessibleName(/Action to achieve it/);
      await page.keyboard.type(`Plan for item ${i + 1}`);
    }
  }
}

/** Presses Tab until the focus is on an element with these words (at most 40 times). */
async function tabTo(page: Page, words: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.locator(':focus').textContent())?.trim() === words) return;
  }
  throw new Error(`Tab never reached "${words}"`);
}

/** Tab on to "Next: <area>" (past the completion panel, if shown) and press Enter. */
async function next(page: Page, area: string) {
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(`Next: ${area}`);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  await expect(heading(page)).toContainText(area);
}

const AREAS = [
  'Focus on learning and teaching',
  'Generate positive relationships',
  'Provide a clear vision and high expectations',
  'Improve the environment',
  'Collaboration and dialogue',
  'Distribute leadership and build teams',
  'Engage the community',
  'Create and innovate',
];

test('Bronze is completed on a phone by keyboard alone, area by area, and ends on the completion panel', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(BRONZE);
  // The overview: eight areas and the requirements, none started, nothing of the 48 fields yet.
  await expect(statuses(page)).toHaveText([...AREAS.map(() => 'Not started'), 'Not started']);
  // The requirements' part says whether they are met, apart from whether its notes are written.
  await expect(page.getByTestId('task-list').locator('li').last().locator('.task-list__note')).toHaveText('2 not yet met');
  await expect(page.locator('fieldset.criterion')).toHaveCount(0);
  await expect(page.getByTestId('task-list').getByRole('link').first()).toHaveText(AREAS[0]!);

  await page.getByRole('link', { name: AREAS[0]! }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#area-1$/);
  await expect(heading(page)).toBeFocused();
  await expect(heading(page)).toHaveText(`Part 1 of 9 ${AREAS[0]}`);
  await expect(page.locator('fieldset.criterion')).toHaveCount(6);
  await expect(page.locator('fieldset.criterion .criterion-ref').first()).toHaveText('B1.1');
  await answerArea(page, ['met', 'met', 'met', 'met', 'met', 'unmet']);
  await expect(progress(page)).toHaveText('6 of 48 answered · 5 met');
  await expect(page.getByTestId('task-part').locator('.task-list__status')).toHaveText('Completed');

  await next(page, AREAS[1]!);
  await expect(page).toHaveURL(/#area-2$/);
  await answerArea(page, ['met', 'met', 'met', 'met', 'met', 'met']);
  await expect(progress(page)).toHaveText('12 of 48 answered · 11 met');

  // Back, forward and reload keep the place.
  await page.goBack();
  await expect(heading(page)).toContainText(AREAS[0]!);
  await expect(page.locator('fieldset.criterion').first()).toContainText('B1.1');
  await page.goForward();
  await expect(heading(page)).toContainText(AREAS[1]!);
  await page.reload();
  await expect(heading(page)).toContainText(AREAS[1]!);
  await expect(progress(page)).toHaveText('12 of 48 answered · 11 met');
  // The bar opens the summary.
  await progress(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('level-headline')).toBeVisible();
  await expect(page.getByTestId('level-headline')).toHaveText('11 of 48 statements met (12 answered)');
  await page.keyboard.press('Enter');

  // Half of area 3, then back to the list by the link above the heading.
  await tabTo(page, `Next: ${AREAS[2]}`);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  await answerArea(page, ['met', 'met', 'met']);
  await heading(page).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveText('Back to the list');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  await expect(statuses(page)).toHaveText([
    'Completed',
    'Completed',
    'In progress, 3 of 6',
    'Not started',
    'Not started',
    'Not started',
    'Not started',
    'Not started',
    'Not started',
  ]);
  await expect(page.getByTestId('task-list').locator('li').first()).toContainText('5 of 6 statements met');

  // Area 3 again: its first three answered, the rest to go.
  await page.getByRole('link', { name: AREAS[2]! }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab'); // the checked radio
    await page.keyboard.press('Tab'); // its evidence
  }
  await answerArea(page, ['met', 'unmet', 'met']);
  for (const [i, area] of AREAS.slice(3).entries()) {
    await next(page, area);
    await expect(page).toHaveURL(new RegExp(`#area-${i + 4}$`));
    await answerArea(page, ['met', 'met', 'met', 'met', 'unmet', 'met']);
  }
  await expect(progress(page)).toHaveText('48 of 48 answered · 41 met');
  await expect(page.getByTestId('completion')).toHaveCount(0);

  // The requirements: one box to record, then every question is answered.
  await next(page, 'Bronze: the school must also show');
  await page.getByLabel('Actions taken to improve further areas, and their impact').focus();
  await page.keyboard.type('Reading scheme reviewed; scores up.');
  const completion = page.getByTestId('completion');
  await expect(completion).toBeVisible();
  await expect(completion).toContainText('The Bronze best-fit rule is met.');
  await expect(completion.getByRole('button', { name: 'Save a copy to a file' })).toBeVisible();
  await expect(completion.getByRole('button', { name: 'Print our answers' })).toBeVisible();
  await expect(completion.getByRole('link', { name: 'Check readiness' })).toBeVisible();

  // The list shows every part completed, and the panel too.
  await page.getByRole('link', { name: 'Back to the list' }).last().focus();
  await page.keyboard.press('Enter');
  await expect(statuses(page)).toHaveText(Array.from({ length: 9 }, () => 'Completed'));
  await expect(page.getByTestId('task-list').locator('li').last().locator('.task-list__note')).toHaveText('all met so far');
  await expect(completion).toBeVisible();
});

const AUDIT = '/marks/whmat-wellbeing/audit/';
const APPROACHES = [
  'Professional learning and staff development',
  'Whole-school thinking',
  'Robust, supportive policies',
  'A climate of connectedness and purpose',
  'Staff wellbeing and stress',
  'Pupil voice',
  'Participation of parents, carers and families',
  'Watching for triggers',
];

test('one area of the leaders’ audit is finished on a phone by keyboard alone, with the list, back, forward and reload', async ({ page }) => {
  await page.goto(AUDIT);
  // The first screen is the list of the eight approaches, none started, no question yet and no print box above it.
  await expect(statuses(page)).toHaveText(APPROACHES.map(() => 'Not started'));
  await expect(page.getByTestId('task-list').getByRole('link')).toHaveText(APPROACHES);
  await expect(page.locator('fieldset.criterion')).toHaveCount(0);
  await expect(page.getByTestId('task-list').getByRole('link').first()).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Print' })).not.toBeInViewport();
  await expect(page.locator('[data-hydrated]').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByTestId('task-list').getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#area-1$/);
  await expect(heading(page)).toBeFocused();
  await expect(heading(page)).toHaveText(`Part 1 of 8 ${APPROACHES[0]}`);
  await expect(page.locator('fieldset.criterion')).toHaveCount(1);
  // Tab into the scale, arrows to "Agree", Tab to the evidence and type it.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName('Strongly disagree');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName('Agree');
  await expect(page.locator(':focus')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName('Evidence');
  await page.keyboard.type('CPD log, autumn term');
  await expect(page.getByTestId('task-part').locator('.task-list__status')).toHaveText('Completed');
  await expect(page.getByTestId('audit-status')).toHaveText('1 of 8 approaches rated.');
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(`Next: ${APPROACHES[1]}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#area-2$/);
  await expect(heading(page)).toBeFocused();
  await expect(heading(page)).toContainText(APPROACHES[1]!);

  // Back, forward and reload keep the place, and the answer.
  await page.goBack();
  await expect(heading(page)).toContainText(APPROACHES[0]!);
  await expect(page.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
  await expect(page.getByLabel('Evidence')).toHaveValue('CPD log, autumn term');
  await page.goForward();
  await expect(heading(page)).toContainText(APPROACHES[1]!);
  await page.reload();
  await expect(heading(page)).toContainText(APPROACHES[1]!);
  await expect(page.locator('[data-hydrated]').first()).toBeVisible();

  // Back to the list by the link above the heading: the first approach completed, with its rating.
  await heading(page).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveText('Back to the list');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  await expect(statuses(page)).toHaveText(['Completed', ...APPROACHES.slice(1).map(() => 'Not started')]);
  await expect(page.getByTestId('task-list').locator('li').first()).toContainText('Agree');
});

/** Every tool page of the built site, and each part of the long ones. */
function toolViews(): string[] {
  const dist = new URL('../../dist/marks/', import.meta.url).pathname;
  const views: string[] = [];
  for (const mark of readdirSync(dist)) {
    for (const tool of ['readiness', 'audit', 'questionnaire', 'priorities', 'surveys', 'plan', 'report', 'team', 'answers', 'shared'])
      if (existsSync(`${dist}${mark}/${tool}/index.html`)) views.push(`/marks/${mark}/${tool}/`);
    if (!existsSync(`${dist}${mark}/levels`)) continue;
    for (const level of readdirSync(`${dist}${mark}/levels`))
      if (existsSync(`${dist}${mark}/levels/${level}/self-assessment/index.html`)) views.push(`/marks/${mark}/levels/${level}/self-assessment/`);
  }
  return views;
}

test('no view of any tool is longer than 6 screens at 390 x 844, nor scrolls sideways', async ({ page }) => {
  test.setTimeout(240_000);
  const heights: string[] = [];
  const sideways: string[] = [];
  const longest = { screens: 0, view: '' };
  const measure = async (view: string) => {
    const { height, width } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
    }));
    const screens = height / 844;
    if (screens > longest.screens) Object.assign(longest, { screens, view });
    if (screens > 6) heights.push(`${view}: ${screens.toFixed(2)} screens`);
    if (width > 390) sideways.push(`${view}: ${width} px wide`);
  };
  for (const view of toolViews()) {
    await page.goto(view);
    await measure(view);
    // Each part of a long tool, from its list.
    const parts = await page
      .getByTestId('task-list')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const part of parts) {
      await page.goto(`${view}${part}`);
      await expect(page.getByTestId('task-part')).toBeVisible();
      await measure(`${view}${part}`);
    }
  }
  console.log(`Longest tool view at 390 x 844: ${longest.view}, ${longest.screens.toFixed(2)} screens`);
  expect(heights).toEqual([]);
  expect(sideways).toEqual([]);
});
