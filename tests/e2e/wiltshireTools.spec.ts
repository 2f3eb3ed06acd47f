import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test';

const MARK = '/marks/wiltshire-lsqm';
const BRONZE = `${MARK}/levels/bronze/self-assessment/#all`;
const STORAGE_KEY = 'qmh:answers:wiltshire-lsqm';

const criteria = (page: Page) => page.locator('fieldset.criterion');
const headline = (page: Page) => page.getByTestId('level-headline');

/** Answers the Bronze criteria in page order: the first `inPlace` as in place (with evidence), the rest not yet. */
async function answerBronze(page: Page, inPlace: number, { evidence = false, actions = false } = {}) {
  await expect(criteria(page)).toHaveCount(48); // the island has rendered
  const fieldsets = await criteria(page).all();
  for (const [i, fieldset] of fieldsets.entries()) {
    if (i < inPlace) {
      await fieldset.getByRole('radio', { name: 'In place' }).check();
      if (evidence) await fieldset.getByLabel('Evidence').fill(`Seen in minutes, item ${i + 1}`);
    } else {
      await fieldset.getByRole('radio', { name: 'Not yet' }).check();
      if (actions) await fieldset.getByLabel(/Action to achieve it/).fill(`Plan for item ${i + 1}`);
    }
  }
}

test.describe('Bronze best fit and level readiness', () => {
  test('tells a screen reader the settled result once the user pauses, not every change', async ({ page }) => {
    await page.goto(BRONZE);
    const live = page.locator('[aria-live="polite"]');
    await criteria(page).nth(0).getByRole('radio', { name: 'In place' }).check();
    await criteria(page).nth(1).getByRole('radio', { name: 'Not yet' }).check();
    // How many are answered is said; those not answered are not counted as unmet without an action.
    await expect(live).toHaveText('1 of 48 statements met (2 answered). Not yet most (more than half): 25 needed. 1 unmet without an action.');
    await criteria(page)
      .nth(1)
      .getByLabel(/Action to achieve it/)
      .fill('Mentoring from May');
    await expect(live).toHaveText(
      '1 of 48 statements met (2 answered). Not yet most (more than half): 25 needed. Every unmet criterion has an action.',
    );
  });

  test('answering Bronze updates the calculator as you go', async ({ page }) => {
    await page.goto(BRONZE);
    await expect(criteria(page)).toHaveCount(48);
    await expect(headline(page)).toHaveText('0 of 48 statements met (0 answered)');
    await expect(page.getByTestId('level-enough')).toContainText('at least 25 needed');

    await answerBronze(page, 24);
    await expect(headline(page)).toHaveText('24 of 48 statements met (48 answered)');
    await expect(page.getByTestId('level-enough')).toContainText('Not yet most (more than half)');

    // The 25th statement tips it over half.
    await criteria(page).nth(24).getByRole('radio', { name: 'In place' }).check();
    await expect(headline(page)).toHaveText('25 of 48 statements met (48 answered)');
    await expect(page.getByTestId('level-enough')).toHaveText('That is most (more than half).');
    await expect(page.getByTestId('gaps-withoutAction')).toContainText('23 statements not met and without an action');
    await expect(page.getByTestId('level-verdict')).toHaveText('The Bronze best-fit rule is not met yet.');

    await criteria(page)
      .nth(47)
      .getByLabel(/Action to achieve it/)
      .fill('Visit to a partner school in March');
    await expect(page.getByTestId('gaps-withoutAction')).toContainText('22 statements not met and without an action');
  });

  test('a level met on its own does not count while the level below is unmet', async ({ page }) => {
    await page.goto(`${MARK}/levels/silver/self-assessment/#all`);
    await expect(criteria(page)).toHaveCount(28);
    for (const fieldset of await criteria(page).all()) {
      await fieldset.getByRole('radio', { name: 'Agree', exact: true }).check();
      await fieldset.getByLabel('Evidence').fill('Cluster minutes');
    }
    await page.getByLabel('The school’s contribution to the cluster action plan').fill('Led the cluster mentoring strand');
    // Its own best fit is met, but the headline does not call Silver met: Bronze comes first.
    await expect(page.getByTestId('level-verdict')).toHaveText(
      'The Silver best fit is met, and Silver needs Bronze met first: check readiness to see whether it is.',
    );
    await page.goto(`${MARK}/readiness/`);
    await expect(page.getByTestId('readiness-row-silver')).toContainText('Met, but Bronze comes first');
    await expect(page.getByTestId('readiness-headline')).toHaveText('The school is not yet ready for Bronze.');
  });

  test('the readiness checker follows Bronze from not ready to ready, and names Silver next', async ({ page }) => {
    await page.goto(`${MARK}/readiness/`);
    await expect(page.getByTestId('readiness-headline')).toHaveText('The school is not yet ready for Bronze.');
    await expect(page.getByText('This result is indicative.')).toBeVisible();
    // "Work on Bronze" goes to the first gap, in its area, not to the top of the list.
    await page.getByTestId('work-on').click();
    await expect(page).toHaveURL(/bronze\/self-assessment\/#criterion-flt-1-middle$/);
    await expect(page.locator('#task-view-heading')).toContainText('Focus on learning and teaching');
    await expect(page.locator('#criterion-flt-1-middle input').first()).toBeFocused();
    // Answered as met, its gap is the evidence: the keyboard lands in that box, not on the answer an arrow key would change.
    await page.goto(BRONZE);
    await criteria(page).nth(0).getByRole('radio', { name: 'In place' }).check();
    await page.goto(`${MARK}/readiness/`);
    await page.getByTestId('work-on').click();
    await expect(page.locator('#criterion-flt-1-middle').getByLabel('Evidence')).toBeFocused();

    await page.goto(BRONZE);
    await answerBronze(page, 30, { evidence: true, actions: true });
    await expect(page.getByTestId('level-verdict')).toHaveText(
      'The Bronze best fit is met, but Bronze is not met yet: 1 of what the school must also show is not yet met.',
    );

    await page.goto(`${MARK}/readiness/`);
    await expect(page.getByTestId('readiness-headline')).toHaveText('The school is not yet ready for Bronze.');
    await expect(page.getByTestId('readiness-next-steps')).toHaveText('Record: Actions taken to improve further areas, and their impact.');

    await page.goto(BRONZE);
    await page
      .getByLabel('Actions taken to improve further areas, and their impact')
      .fill('Open classrooms since 2024; observation feedback improved.');
    await page.goto(`${MARK}/readiness/`);
    await expect(page.getByTestId('readiness-headline')).toHaveText('The school could be nominated for Bronze.');
    await expect(page.getByRole('heading', { name: 'What blocks Silver' })).toBeVisible();
    await expect(page.getByTestId('readiness-next-steps')).toContainText('Meet 15 statements more to reach most of the Silver criteria.');
    await expect(page.getByTestId('readiness-row-bronze')).toContainText('30 of 48 statements');
  });

  test('Gold activities are ticked by period, and a planned activity counts as an action', async ({ page }) => {
    await page.goto(`${MARK}/levels/gold/self-assessment/#all`);
    await expect(criteria(page)).toHaveCount(33);
    const first = criteria(page).first();
    await first.getByRole('checkbox', { name: 'Within last 3 years' }).check();
    await first.getByRole('checkbox', { name: 'Current CPD activity' }).check();
    await expect(headline(page)).toHaveText('1 of 33 activities met (1 answered)');
    await criteria(page).nth(1).getByRole('checkbox', { name: 'Future planned CPD activity' }).check();
    // The 31 not answered are listed as such, not also as unmet without an action.
    await expect(page.getByTestId('gaps-unanswered')).toContainText('31 activities not answered yet');
    await expect(page.getByTestId('gaps-withoutAction')).toHaveCount(0);
  });

  test('answers survive a reload and are shared across the mark’s pages', async ({ page }) => {
    await page.goto(BRONZE);
    const first = criteria(page).first();
    await first.getByRole('radio', { name: 'Developing' }).check();
    await first.getByLabel(/Action to achieve it/).fill('Pupil voice panel from January');
    await page.reload();
    await expect(criteria(page).first().getByRole('radio', { name: 'Developing' })).toBeChecked();
    await expect(
      criteria(page)
        .first()
        .getByLabel(/Action to achieve it/),
    ).toHaveValue('Pupil voice panel from January');
    await page.goto(`${MARK}/readiness/`);
    await expect(page.getByTestId('readiness-row-bronze')).toContainText('0 of 48 statements');
  });

  test('radio answers work from the keyboard', async ({ page }) => {
    await page.goto(BRONZE);
    const first = criteria(page).first();
    await first.getByRole('radio', { name: 'In place' }).focus();
    await page.keyboard.press('Space');
    await expect(first.getByRole('radio', { name: 'In place' })).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(first.getByRole('radio', { name: 'Developing' })).toBeChecked();
    await expect(headline(page)).toHaveText('0 of 48 statements met (1 answered)');
  });

  test('clearing asks first, can be cancelled, and then clears every level', async ({ page }) => {
    await page.goto(BRONZE);
    await answerBronze(page, 3);
    await expect(headline(page)).toHaveText('3 of 48 statements met (48 answered)');

    await page.getByRole('button', { name: 'Clear this mark’s answers…' }).click();
    await expect(page.getByText('It cannot be undone.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yes, delete them' })).toBeFocused();
    await page.getByRole('button', { name: 'No, keep them' }).click();
    await expect(headline(page)).toHaveText('3 of 48 statements met (48 answered)');

    await page.getByRole('button', { name: 'Clear this mark’s answers…' }).click();
    await page.getByRole('button', { name: 'Yes, delete them' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText('Deleted.');
    await expect(headline(page)).toHaveText('0 of 48 statements met (0 answered)');
    await page.reload();
    await expect(headline(page)).toHaveText('0 of 48 statements met (0 answered)');
  });
});

test.describe('storage the browser refuses', () => {
  test('storage filled to the quota: the user is told at once, and nothing entered is lost', async ({ page }) => {
    await page.goto(BRONZE);
    await criteria(page).nth(0).getByRole('radio', { name: 'In place' }).check();
    // Fill this origin's storage to the last byte, as other sites' tools or a long history might.
    await page.evaluate(() => {
      for (let size = 1 << 20, i = 0; size >= 1;) {
        try {
          localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await criteria(page).nth(1).getByRole('radio', { name: 'In place' }).check();
    await criteria(page).nth(1).getByLabel('Evidence').fill('Minutes of the June meeting');
    await expect(page.getByTestId('unsaved-notice')).toContainText('Your last change was not saved on this device.');
    await expect(headline(page)).toHaveText('2 of 48 statements met (2 answered)');
    await expect(criteria(page).nth(1).getByLabel('Evidence')).toHaveValue('Minutes of the June meeting');
    // The notice offers a file, which holds what the browser would not store.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('unsaved-notice').getByRole('button', { name: 'Save to a file' }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('"evidence": "Minutes of the June meeting"');

    // Space freed, the next change saves everything, the unsaved ones too.
    await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('filler-'))
        .forEach((k) => localStorage.removeItem(k)),
    );
    await criteria(page).nth(2).getByRole('radio', { name: 'Not yet' }).check();
    await expect(page.getByTestId('unsaved-notice')).toHaveCount(0);
    await page.reload();
    await expect(headline(page)).toHaveText('2 of 48 statements met (3 answered)');
    await expect(criteria(page).nth(1).getByLabel('Evidence')).toHaveValue('Minutes of the June meeting');
  });
});

test.describe('two pages of the same mark', () => {
  test('edited alternately, both keep every edit, and a third sees them all', async ({ page, context }) => {
    const other = await context.newPage();
    await page.goto(BRONZE);
    await other.goto(BRONZE);
    await expect(criteria(other)).toHaveCount(48);
    for (let i = 0; i < 4; i++) {
      const [here, there] = i % 2 === 0 ? [page, other] : [other, page];
      await criteria(here).nth(i).getByRole('radio', { name: 'In place' }).check();
      await criteria(here)
        .nth(i)
        .getByLabel('Evidence')
        .fill(`Evidence typed in page ${i % 2 === 0 ? 'one' : 'two'}, item ${i + 1}`);
      // The other page hears of the change before its own next edit.
      await expect(headline(there)).toHaveText(`${i + 1} of 48 statements met (${i + 1} answered)`);
    }
    const third = await context.newPage();
    await third.goto(BRONZE);
    await expect(headline(third)).toHaveText('4 of 48 statements met (4 answered)');
    await expect(criteria(third).nth(3).getByLabel('Evidence')).toHaveValue('Evidence typed in page two, item 4');
    await expect(criteria(third).nth(0).getByLabel('Evidence')).toHaveValue('Evidence typed in page one, item 1');
  });
});

test.describe('answers cleared in another tab', () => {
  test('are announced, and this page can put them back', async ({ page, context }) => {
    await page.goto(BRONZE);
    await criteria(page).nth(0).getByRole('radio', { name: 'In place' }).check();
    await criteria(page).nth(0).getByLabel('Evidence').fill('Governors’ minutes');
    const other = await context.newPage();
    await other.goto('/');
    await other.evaluate(() => localStorage.clear());
    await expect(page.getByTestId('cleared-notice')).toContainText('The answers saved on this device were cleared in another tab or window.');
    await page.getByRole('button', { name: 'Put back what this page showed' }).click();
    await expect(page.getByTestId('cleared-notice')).toHaveCount(0);
    await page.reload();
    await expect(headline(page)).toHaveText('1 of 48 statements met (1 answered)');
    await expect(criteria(page).nth(0).getByLabel('Evidence')).toHaveValue('Governors’ minutes');
  });
});

test.describe('damaged saved answers', () => {
  test('unreadable saved data is reported and the tool still works', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version":1,"levels":{"bronze":');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    await page.goto(BRONZE);
    await expect(page.getByRole('alert')).toContainText('The saved answers are not valid JSON');
    await criteria(page).first().getByRole('radio', { name: 'In place' }).check();
    await expect(headline(page)).toHaveText('1 of 48 statements met (1 answered)');
    await page.getByRole('button', { name: 'Keep what was read' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('answers from a newer version of the site are reported, read as none, and kept to download after an edit', async ({ page }) => {
    const newer = '{"version":9,"levels":{"bronze":{"criteria":{"flt-1-middle":{"response":["in-place"],"confidence":"high"}}}}}';
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, newer],
    );
    await page.goto(BRONZE);
    await expect(page.getByRole('alert')).toContainText('come from a newer version of this site');
    await expect(headline(page)).toHaveText('0 of 48 statements met (0 answered)');
    await criteria(page).first().getByRole('radio', { name: 'Not yet' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download what could not be read' }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(newer);
  });

  test('one damaged answer is dropped and the good ones are kept', async ({ page }) => {
    const saved = {
      version: 1,
      levels: {
        bronze: {
          criteria: {
            'flt-1-middle': { response: ['in-place'], texts: { evidence: 'Pupil interviews' } },
            'flt-1-senior': { response: 'in-place', texts: { evidence: 7 } },
          },
          requirements: {},
        },
      },
    };
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, JSON.stringify(saved)],
    );
    await page.goto(BRONZE);
    await expect(page.getByRole('alert')).toContainText('1 saved answer was damaged and could not be read; the rest are kept.');
    await expect(headline(page)).toHaveText('1 of 48 statements met (1 answered)');
    await expect(criteria(page).first().getByLabel('Evidence')).toHaveValue('Pupil interviews');
  });
});

test.describe('level badges', () => {
  test('keep the colours the definition gives each level, and a stage without colours keeps the accent', async ({ page }) => {
    for (const [level, colour] of [
      ['bronze', 'rgb(140, 74, 30)'],
      ['platinum', 'rgb(62, 79, 122)'],
    ] as const) {
      await page.goto(`${MARK}/levels/${level}/`);
      await expect(page.getByRole('heading', { level: 1 }).locator('.level-badge')).toHaveCSS('background-color', colour);
    }
    await page.goto('/marks/wellbeing-qm/levels/champion/');
    await expect(page.getByRole('heading', { level: 1 }).locator('.level-badge')).toHaveCSS('background-color', 'rgb(11, 79, 108)');
    await expect(page.getByRole('link', { name: 'Check stage readiness' })).toBeVisible();
    await expect(page.getByText('not meant to be restrictive')).toHaveCount(0);
  });
});
