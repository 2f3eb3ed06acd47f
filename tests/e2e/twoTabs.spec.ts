import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';

// Two tabs of one mark typing at the same moment, 40 ms a key for 10 seconds (250 keys each): every
// character ends in storage and in both tabs alike. In different boxes both texts are kept whole; in
// the same box the later writer's text is kept whole and the other's is offered back in its tab.

const BRONZE = '/marks/wiltshire-lsqm/levels/bronze/self-assessment/#all';
const STORAGE_KEY = 'qmh:answers:wiltshire-lsqm';
const KEYS = 250;
const DELAY = 40;

const evidence = (page: Page, n: number): Locator => page.locator('fieldset.criterion').nth(n).getByLabel('Evidence');
/** 250 keys: letters (and a space every tenth key), distinct for each tab so every character can be traced. */
const typed = (letters: string) => Array.from({ length: KEYS }, (_, i) => (i % 10 === 9 ? ' ' : letters[i % letters.length])).join('');

async function storedEvidence(page: Page, criterion: string): Promise<string | undefined> {
  return page.evaluate(
    ([key, id]) => {
      const saved = JSON.parse(localStorage.getItem(key!) ?? '{}') as {
        levels?: Record<string, { criteria: Record<string, { texts: { evidence?: string } }> }>;
      };
      return saved.levels?.bronze?.criteria[id!]?.texts.evidence;
    },
    [STORAGE_KEY, criterion],
  );
}

async function twoTabs(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await page.goto(BRONZE);
  await other.goto(BRONZE);
  await expect(page.locator('fieldset.criterion')).toHaveCount(48);
  await expect(other.locator('fieldset.criterion')).toHaveCount(48);
  return other;
}

/** Types into both boxes at the same moment. Each box is focused by a click first: a script's focus() does not reach a tab in the background. */
async function typeAtOnce(first: Locator, one: string, second: Locator, two: string) {
  await first.click();
  await second.click();
  await Promise.all([first.page().keyboard.type(one, { delay: DELAY }), second.page().keyboard.type(two, { delay: DELAY })]);
}

const criterionId = async (page: Page, n: number) => (await page.locator('fieldset.criterion').nth(n).getAttribute('id'))!.replace(/^criterion-/, '');

test.describe('two tabs typing at the same moment', () => {
  // 250 keys at 40 ms are 10 seconds; a busy machine can make them several times slower.
  test.setTimeout(300_000);

  test('into different boxes keep every character of both, in storage and both tabs alike', async ({ page }) => {
    const other = await twoTabs(page);
    const [one, two] = [typed('abcdefghijklmnopqrstuvwxyz'), typed('ABCDEFGHIJKLMNOPQRSTUVWXYZ')];
    await typeAtOnce(evidence(page, 0), one, evidence(other, 1), two);
    for (const tab of [page, other]) {
      await expect(evidence(tab, 0)).toHaveValue(one);
      await expect(evidence(tab, 1)).toHaveValue(two);
    }
    const [first, second] = [await criterionId(page, 0), await criterionId(page, 1)];
    await expect.poll(() => storedEvidence(page, first)).toBe(one);
    expect(await storedEvidence(page, second)).toBe(two);
    await expect(page.getByTestId('offered-notice')).toHaveCount(0);
    await expect(other.getByTestId('offered-notice')).toHaveCount(0);
  });

  test('into the same box end with one whole text in storage and both tabs, and offer the other back', async ({ page }) => {
    const other = await twoTabs(page);
    const [one, two] = [typed('abcdefghijklmnopqrstuvwxyz'), typed('ABCDEFGHIJKLMNOPQRSTUVWXYZ')];
    await typeAtOnce(evidence(page, 0), one, evidence(other, 0), two);
    const id = await criterionId(page, 0);
    // Once both have paused, the tabs and storage agree, character for character.
    await expect
      .poll(async () => {
        const [here, there, stored] = [await evidence(page, 0).inputValue(), await evidence(other, 0).inputValue(), await storedEvidence(page, id)];
        return here === there && there === stored;
      })
      .toBe(true);
    const final = await evidence(page, 0).inputValue();
    // The later writer's text is whole in the box (after, at most, the other tab's first keys it saw before its own).
    const [kept, lost, loser] = final.endsWith(one) ? [one, two, other] : [two, one, page];
    expect(final.endsWith(kept), `final text ${JSON.stringify(final)}`).toBe(true);
    expect(final.length - kept.length).toBeLessThan(5);
    // The other tab's words are offered back whole in its notice; nothing is offered in the winner's tab.
    await expect(loser.getByTestId('offered-words')).toHaveCount(1);
    expect(await loser.getByTestId('offered-words').textContent()).toContain(lost);
    await expect((loser === page ? other : page).getByTestId('offered-notice')).toHaveCount(0);
    // Putting them back makes them the box's words everywhere.
    const words = (await loser.getByTestId('offered-words').textContent())!;
    await loser.getByRole('button', { name: 'Put my words back' }).click();
    for (const tab of [page, other]) await expect(evidence(tab, 0)).toHaveValue(words);
    await expect.poll(() => storedEvidence(page, id)).toBe(words);
  });
});
