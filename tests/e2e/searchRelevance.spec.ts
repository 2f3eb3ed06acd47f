import { readFileSync } from 'node:fs';
import { axeViolations } from './axe';
import { expect, test } from './test';

// Search in a teacher's words (issue 26): an abbreviation finds its written-out form and the reverse, a mark's pages
// search their own mark first, each rated item of the WHMAT audit is found by its name and lands on it (and each question
// of its staff questionnaire, asked for as a questionnaire's), and on a phone
// the first result is on the first screen. The relevance table itself is in tests/bench/relevance.mjs.

interface Item {
  id: string;
  name: string;
  prompt: string;
}
const whmat = JSON.parse(readFileSync(new URL('../../src/frameworks/marks/whmat-wellbeing/definition.json', import.meta.url), 'utf8')) as {
  ratings: { items: Item[] };
};
const wiltshire = JSON.parse(readFileSync(new URL('../../src/frameworks/marks/wiltshire-lsqm/definition.json', import.meta.url), 'utf8')) as {
  glossary: { term: string; expansion?: string }[];
};

// Several searches a test, each with its page load: more time than one page's test needs.
test.describe.configure({ timeout: 120_000 });

const firstLink = (page: import('@playwright/test').Page) => page.locator('#search-results > li .search-result__link').first();
const links = (page: import('@playwright/test').Page) => page.locator('#search-results > li .search-result__link');

test('“CPD” finds the Bronze statement on continuing professional development, and the reverse; the mark shows its glossary', async ({ page }) => {
  await page.goto('/search/?q=impact+of+CPD');
  await expect(page.getByRole('status')).toHaveText(/pages? match(es)? “impact of CPD”/);
  const first = page.locator('#search-results > li').first();
  await expect(firstLink(page)).toHaveAttribute('href', /\/marks\/wiltshire-lsqm\/levels\/bronze\/#flt-3-middle:~:/);
  await expect(first.locator('.search-result__excerpt').first()).toContainText('CPD');
  // "of" is never highlighted on its own.
  for (const mark of await page.locator('#search-results mark').allTextContents()) expect(mark.trim().toLowerCase()).not.toBe('of');

  await page.goto('/search/?q=CPD');
  await expect(page.getByRole('status')).toHaveText(/pages? match(es)? “CPD”/);
  const hrefs = await links(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => h.includes('/levels/bronze/#flt-3-middle'))).toBe(true);

  // The reverse: the written-out words find a Gold activity that says only "CPD".
  await page.goto('/search/?q=continuous+professional+development');
  await expect(page.getByRole('status')).toHaveText(/pages? match(es)?/);
  const found = await page
    .locator('#search-results a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '').filter((h) => h.includes('/levels/gold/#')));
  expect(found.length).toBeGreaterThan(0);
  const id = /#([^:]+):~:/.exec(found[0]!)![1]!;
  await page.locator('#search-results a[href*="/levels/gold/#"]').first().click();
  await expect(page).toHaveURL(new RegExp(`/levels/gold/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toContainText('CPD');

  // The glossary on the mark's pages says what CPD stands for, as the source does.
  await page.goto('/marks/wiltshire-lsqm/levels/bronze/');
  const glossary = page.locator('details.mark-glossary');
  await glossary.locator('summary').click();
  const cpd = wiltshire.glossary.find((e) => e.term === 'CPD')!;
  await expect(glossary.locator('dt', { hasText: /^CPD$/ }).locator('+ dd')).toContainText(cpd.expansion!);
  await expect(glossary).toContainText('continuing professional development');
  expect(await axeViolations(page)).toEqual([]);
});

test("from a mark's pages that mark's results come first, named, with one control for all marks", async ({ page }) => {
  // "staff" is in every mark's pages; typed in the header of the WHMAT model's framework page.
  await page.goto('/marks/whmat-wellbeing/');
  const field = page.getByRole('searchbox', { name: 'Search all marks' });
  await field.fill('staff');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=staff&in=whmat-wellbeing$/);
  await expect(page.getByRole('status')).toHaveText(/pages match “staff”/);
  const context = page.locator('#search-context');
  await expect(context).toContainText('Results from WHMAT wellbeing model come first.');
  const where = page.locator('#search-results > li .search-result__where');
  await expect(where.first()).toContainText('WHMAT Emotional Wellbeing School Improvement Model');
  const marks = await where.allTextContents();
  // The mark's results, then the others: never one of the mark's after another mark's.
  const own = marks.map((m) => m.includes('WHMAT'));
  expect(own.indexOf(false) === -1 || own.slice(own.indexOf(false)).every((o) => !o)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Search all marks alike' }).click();
  await expect(context).toBeHidden();
  await expect(page).toHaveURL(/\/search\/\?q=staff$/);
  await expect(page.getByRole('status')).toHaveText(/pages match “staff”/);
  await expect(field).toBeVisible();
  // The search page opened on its own keeps every mark alike: no mark named.
  await page.goto('/search/?q=staff');
  await expect(page.getByRole('status')).toHaveText(/pages match “staff”/);
  await expect(context).toBeHidden();
  // From a mark whose pages do not have the words, that mark is not said to come first.
  await page.goto('/search/?q=pupil%20voice&in=wiltshire-lsqm');
  await expect(page.getByRole('status')).toHaveText(/pages? match/);
  await expect(context).toBeHidden();
});

test('each rated item of the WHMAT audit is found by its name, first, and its link lands on it in the audit', async ({ page }) => {
  expect(whmat.ratings.items.length).toBeGreaterThan(0);
  for (const item of whmat.ratings.items) {
    await page.goto(`/search/?q=${encodeURIComponent(item.name)}`);
    await expect(page.getByRole('status')).toHaveText(/pages? match(es)?/);
    // Named by the audit and the item: "Leaders’ audit · Pupil voice".
    await expect(firstLink(page), item.name).toHaveText(new RegExp(` · ${item.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(firstLink(page)).toHaveAttribute('href', new RegExp(`^/marks/whmat-wellbeing/audit/#item-${item.id}:~:`));
  }
  await firstLink(page).click();
  const last = whmat.ratings.items.at(-1)!;
  await expect(page).toHaveURL(`/marks/whmat-wellbeing/audit/#item-${last.id}`);
  const fieldset = page.locator(`[id="item-${last.id}"]`);
  await expect(fieldset).toContainText(last.prompt);
  await expect(fieldset).toBeInViewport();
  await expect(fieldset).toHaveCSS('outline-style', 'solid');
});

test('each question of the WHMAT staff questionnaire is found as a question, first, and its link lands on it in the questionnaire', async ({
  page,
}) => {
  // A teacher's words: the question on staff stress, asked for as a questionnaire's.
  await page.goto(`/search/?q=${encodeURIComponent('questionnaire question on staff stress')}`);
  await expect(page.getByRole('status')).toHaveText(/pages? match(es)?/);
  await expect(firstLink(page)).toHaveText(/^Staff questionnaire · Staff wellbeing and stress$/);
  await expect(firstLink(page)).toHaveAttribute('href', /^\/marks\/whmat-wellbeing\/questionnaire\/#item-staff-wellbeing:~:/);
  // Each question by its name with "staff questionnaire"; by its name alone, the leaders' audit's item stays first (above).
  for (const item of whmat.ratings.items) {
    await page.goto(`/search/?q=${encodeURIComponent(`staff questionnaire ${item.name}`)}`);
    await expect(page.getByRole('status')).toHaveText(/pages? match(es)?/);
    await expect(firstLink(page), item.name).toHaveText(`Staff questionnaire · ${item.name}`);
    await expect(firstLink(page)).toHaveAttribute('href', new RegExp(`^/marks/whmat-wellbeing/questionnaire/#item-${item.id}:~:`));
  }
  await firstLink(page).click();
  const last = whmat.ratings.items.at(-1)!;
  await expect(page).toHaveURL(`/marks/whmat-wellbeing/questionnaire/#item-${last.id}`);
  const fieldset = page.locator(`[id="item-${last.id}"]`);
  await expect(fieldset).toContainText(last.prompt);
  await expect(fieldset).toBeInViewport();
  await expect(fieldset).toHaveCSS('outline-style', 'solid');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first result is on the first screen, the filters fold behind one control, no / switch', async ({ page }) => {
    await page.goto('/search/?q=trust&in=wiltshire-lsqm');
    await expect(page.getByRole('status')).toHaveText(/pages match “trust”/);
    const first = page.locator('#search-results > li').first();
    await expect(first).toBeVisible();
    const box = (await first.locator('h2').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await expect(page.getByRole('checkbox', { name: /Use the \/ shortcut/ })).toBeHidden();
    await expect(page.getByText('Press / to come back to this box.')).toBeHidden();
    await expect(page.getByRole('checkbox', { name: 'Wiltshire LSQM' })).toBeHidden();
    await page.screenshot({ path: 'test-results/search-390.png' });
    await page.getByText('Filter results', { exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Wiltshire LSQM' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
