import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { subPath, subPathMarks } from '../fixtures/subPathSite.mjs';
import { axeViolations } from './axe';
import { subPathPort } from './ports';
import { expect, test } from './test';

// Search, driven as a person would: "/" from a reading page, words typed, Enter, a click on the first result;
// the page must open at the criterion, the row marked and the words highlighted. The same tests run on the
// site at the root and on a copy served from a sub-folder that publishes two marks (tests/fixtures/subPathSite.mjs).

interface Statement {
  id: string;
  text: string;
}
const definition = (mark: string) =>
  JSON.parse(readFileSync(new URL(`../../src/frameworks/marks/${mark}/definition.json`, import.meta.url), 'utf8')) as unknown;
/** Every statement of a definition, by id, wherever it sits (grids, statements, activities, elements). */
function statements(value: unknown, found = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) for (const v of value) statements(v, found);
  else if (value && typeof value === 'object') {
    const s = value as Partial<Statement>;
    if (typeof s.id === 'string' && typeof s.text === 'string') found.set(s.id, s.text);
    for (const v of Object.values(value)) statements(v, found);
  }
  return found;
}
const wiltshire = statements(definition('wiltshire-lsqm'));
const englishMaths = statements(definition('english-maths-qm'));

const criteria = [
  {
    what: 'a Bronze statement',
    phrase: 'culture of open classes',
    page: '/marks/wiltshire-lsqm/levels/bronze/',
    id: 'flt-2-middle',
    title: 'Bronze · Focus on learning and teaching · Middle leaders · B1.3',
    text: wiltshire.get('flt-2-middle')!,
  },
  {
    what: 'a Silver statement',
    phrase: 'mutual trust and respect among schools',
    page: '/marks/wiltshire-lsqm/levels/silver/',
    id: 'cluster-1',
    title: 'Silver · Statement 1 · S1',
    text: wiltshire.get('cluster-1')!,
  },
  {
    what: 'a Gold activity',
    phrase: 'NQT mentor training',
    page: '/marks/wiltshire-lsqm/levels/gold/',
    id: 'gold-middle-leadership-5',
    title: 'Gold · Middle Leadership Teacher · Activity 5 · G1.5',
    text: wiltshire.get('gold-middle-leadership-5')!,
  },
  {
    what: 'an English and mathematics element',
    phrase: 'analysis of the assessment of pupil performance',
    page: '/marks/english-maths-qm/levels/quality-mark/',
    id: 'element-2',
    title: 'Quality Mark · Element 2 · QM2',
    text: englishMaths.get('element-2')!,
  },
];

/** Records every request for the search engine or index. */
function pagefindRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) urls.push(r.url());
  });
  return urls;
}

const sites = [
  { name: 'at the root', origin: undefined, base: '' },
  { name: `under ${subPath}, publishing ${subPathMarks.length} marks`, origin: `http://127.0.0.1:${subPathPort}`, base: subPath },
];

for (const site of sites) {
  test.describe(`search ${site.name}`, () => {
    if (site.origin) test.use({ baseURL: site.origin });

    for (const c of criteria) {
      test(`${c.what}: “${c.phrase}” returns its row first and the link lands on it, marked`, async ({ page }) => {
        const requests = pagefindRequests(page);
        await page.goto(`${site.base}/marks/wiltshire-lsqm/`);
        // Keyboard only: the second Tab reaches "Skip to search", which moves to the header's field with no script
        // (a reading page runs none, so no "/" there); the field loads nothing until the search is sent.
        const field = page.getByRole('searchbox', { name: 'Search all marks' });
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await expect(page.getByRole('link', { name: 'Skip to search' })).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(field).toBeFocused();
        await page.keyboard.type(c.phrase);
        expect(requests, 'requests to Pagefind before the search').toEqual([]);
        await page.keyboard.press('Enter');

        // Sent from a mark's page, the search says so (`in`): that mark's results come first.
        await expect(page).toHaveURL(`${site.base}/search/?q=${encodeURIComponent(c.phrase).replace(/%20/g, '+')}&in=wiltshire-lsqm`);
        await expect(page.getByRole('status')).toHaveText(/^\d+ pages? match(es)? “.+”/);
        const first = page.locator('#search-results > li').first();
        const link = first.getByRole('link').first();
        await expect(link).toHaveText(c.title);
        // The excerpt is the criterion's own words, the phrase among them.
        expect(c.text.toLowerCase()).toContain(c.phrase.toLowerCase());
        await expect(first.locator('.search-result__excerpt').first()).toContainText(new RegExp(c.phrase, 'i'));
        expect(requests.length).toBeGreaterThan(0);
        // One result for the criterion: its grid page; a page that quotes it (the mark's overview) is not indexed there.
        await expect(page.locator(`#search-results a[href*="#${c.id}:~:"]`)).toHaveCount(1);
        // Five pages or fewer matched: there is nothing more to show; more: the rest are on request.
        const count = Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')![1]);
        if (count <= 5) await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
        else await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible();

        // The link carries the words its row's excerpt marks, with words either side from the same row, as a text
        // fragment: the browser highlights them in that row with no script.
        const href = (await link.getAttribute('href'))!;
        expect(href.startsWith(`${site.base}${c.page}#${c.id}:~:text=`)).toBe(true);
        const directive = href
          .split(':~:text=')[1]!
          .split(',')
          .map((part) => decodeURIComponent(part.replace(/^-|-$/g, '')));
        await link.click();
        await expect(page).toHaveURL(`${site.base}${c.page}#${c.id}`);
        const row = page.locator(`[id="${c.id}"]`);
        await expect(row).toContainText(c.text);
        for (const part of directive) await expect(row).toContainText(part, { ignoreCase: true });
        await expect(row).toBeInViewport();
        // Marked: :target draws the row's outline and background.
        await expect(row).toHaveCSS('outline-style', 'solid');
        await expect(row).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
      });
    }

    test('filtering by mark narrows the results, by keyboard, and the count is announced', async ({ page }) => {
      await page.goto(`${site.base}/search/?q=leaders`);
      const status = page.getByRole('status');
      await expect(status).toHaveText(/^\d+ pages match “leaders”/);
      const all = Number(/^(\d+)/.exec((await status.textContent()) ?? '')![1]);
      // The filters fold behind one control.
      await page.getByText('Filter results', { exact: true }).click();
      const box = page.getByRole('checkbox', { name: 'English and maths QM' });
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
      await expect(page).toHaveURL(/[?&]mark=english-maths-qm/);
      await expect(status).toHaveText(/^\d+ pages? match(es)? “leaders”/);
      const narrowed = Number(/^(\d+)/.exec((await status.textContent()) ?? '')![1]);
      expect(narrowed).toBeGreaterThan(0);
      expect(narrowed).toBeLessThan(all);
      for (const where of await page.locator('.search-result__where').allTextContents())
        expect(where).toContain('Quality Mark for English and mathematics');
      expect(await axeViolations(page)).toEqual([]);
    });

    test('results can be browsed by filter without typing, and the words of unpublished marks find nothing', async ({ page }) => {
      await page.goto(`${site.base}/search/`);
      const field = page.getByRole('searchbox', { name: /Search criteria/ });
      await expect(field).toBeFocused();
      // On the search page, "/" comes back to its own field (the one that declares the shortcut) from anywhere but a field.
      await page.getByRole('link', { name: 'Home' }).first().focus();
      await page.keyboard.press('/');
      await expect(field).toBeFocused();
      await expect(field).toHaveValue('');
      // A single-key shortcut can be turned off (WCAG 2.1.4), and the device remembers it.
      const shortcut = page.getByRole('checkbox', { name: /Use the \/ shortcut/ });
      await expect(page.getByText('Press / to come back to this box.')).toBeVisible();
      await shortcut.uncheck();
      await expect(page.getByText('Press / to come back to this box.')).toBeHidden();
      await page.reload();
      await expect(shortcut).not.toBeChecked();
      await expect(page.getByText('Press / to come back to this box.')).toBeHidden();
      await page.getByRole('link', { name: 'Home' }).first().focus();
      await page.keyboard.press('/');
      await expect(page.getByRole('link', { name: 'Home' }).first()).toBeFocused();
      await shortcut.check();
      await page.getByRole('link', { name: 'Home' }).first().focus();
      await page.keyboard.press('/');
      await expect(field).toBeFocused();
      await page.getByText('Filter results', { exact: true }).click();
      await page.getByRole('checkbox', { name: 'Criteria' }).check();
      await page.getByRole('checkbox', { name: 'Wiltshire LSQM' }).check();
      // Four levels, a grid page each.
      await expect(page.getByRole('status')).toHaveText('4 pages in the filters chosen.');
      await expect(page.locator('#search-results > li')).toHaveCount(4);
      const marks = await page.getByRole('group', { name: 'Mark' }).getByRole('checkbox').count();
      expect(marks).toBe(site.base ? subPathMarks.length : 4);
      if (site.base) {
        // The branded copy publishes neither wellbeing mark: their words find nothing.
        await page.goto(`${site.base}/search/?q=Cathal+Lynch`);
        await expect(page.getByRole('status')).toHaveText('No pages match “Cathal Lynch”. Try fewer or different words.');
      }
    });
  });
}

test.describe('search on the site at the root', () => {
  test('research pages are a kind of their own; more results load on request, focus on the first new one', async ({ page }) => {
    await page.goto('/search/?kind=research');
    await expect(page.getByRole('checkbox', { name: 'Research basis' })).toBeChecked();
    await expect(page.getByRole('status')).toHaveText('2 pages in the filters chosen.');
    await expect(page.locator('#search-results > li h2')).toHaveText(['Research basis', 'Research basis']);

    await page.goto('/search/?q=school');
    await expect(page.getByRole('status')).toHaveText(/pages match “school” \(showing the first 5\)/);
    await expect(page.locator('#search-results > li')).toHaveCount(5);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(page.locator('#search-results > li')).toHaveCount(10);
    await expect(page.locator('#search-results > li').nth(5).getByRole('link').first()).toBeFocused();
  });

  test('a word no page holds finds nothing, not the pages holding its first letters', async ({ page }) => {
    // Pagefind alone answers "phonics" with "PhD" and "safeguarding" with "safe".
    for (const word of ['phonics', 'safeguarding']) {
      await page.goto(`/search/?q=${word}`);
      await expect(page.locator('#search-status')).toHaveText(`No pages match “${word}”. Try fewer or different words.`);
      await expect(page.locator('#search-results > li')).toHaveCount(0);
    }
    // A word the pages hold in another form still finds them, and a word typed with a hyphen the pages write joined up.
    for (const word of ['networking', 'well-being']) {
      await page.goto(`/search/?q=${word}`);
      await expect(page.locator('#search-status')).toHaveText(new RegExp(`pages match “${word}”`));
    }
    // A question typed as a sentence: no page has every word, so the pages with the words some page has are listed.
    await page.goto('/search/?q=what does the assessor look at');
    await expect(page.locator('#search-status')).toHaveText(
      /^No page has every word of “what does the assessor look at”: \d+ pages have “[a-z ]*assessor[a-z ]*”/,
    );
    await expect(page.locator('#search-results > li').first()).toContainText(/assessor/i);
  });

  test("Pagefind's index arrives gzip-encoded, as _headers asks, and the engine reads what the browser unpacked", async ({ page }) => {
    const encodings = new Map<string, string | undefined>();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.url().includes('/pagefind/')) encodings.set(new URL(r.url()).pathname.replace(/_[0-9a-f]+\./, '_#.'), r.headers()['content-encoding']);
    });
    await page.goto('/search/?q=culture+of+open+classes');
    await expect(page.locator('#search-results > li').first()).toContainText('develop a culture of open classes');
    const gz = [...encodings]
      .filter(([, e]) => e === 'gzip')
      .map(([path]) =>
        path.replace(/\/[^/]+$/, (f) => (f.includes('.pf_index') ? '/*.pf_index' : f.includes('.pf_fragment') ? '/*.pf_fragment' : f)),
      );
    expect(new Set(gz)).toEqual(
      new Set([
        '/pagefind/wasm.en-gb.pagefind',
        '/pagefind/pagefind.en-gb_#.pf_meta',
        '/pagefind/index/*.pf_index',
        '/pagefind/fragment/*.pf_fragment',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-entry.json',
      ]),
    );
    // Pagefind says so when what it reads is neither its signed data nor gzip ("Missing signature").
    expect(errors).toEqual([]);
  });

  test('where a host ignores _headers, Pagefind unpacks its gzip-stored index itself and search works the same', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // The files as stored, gzip bytes, sent as plain data: what GitHub Pages and most plain servers do.
    const dist = new URL('../../dist/', import.meta.url);
    await page.route(/\/pagefind\/.+\.(?:pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/, (route) =>
      route.fulfill({ body: readFileSync(new URL(new URL(route.request().url()).pathname.slice(1), dist)), contentType: 'application/octet-stream' }),
    );
    const plain: string[] = [];
    page.on('response', (r) => {
      if (/\.pf_index$/.test(r.url()) && r.headers()['content-encoding'] === undefined) plain.push(r.url());
    });
    await page.goto('/search/?q=culture+of+open+classes');
    await expect(page.locator('#search-results > li').first()).toContainText('develop a culture of open classes');
    expect(plain.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  // A word the page holds in more than one row, or in its glossary: each result's link still opens its own row.
  for (const query of ['governor', 'subject leaders', 'NQT']) {
    test(`each of the first results for “${query}” opens its own row, in view`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}&in=wiltshire-lsqm`);
      const links = page.locator('#search-results .search-result__link');
      await expect(links.first()).toBeVisible();
      const rows = (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
        .filter((href) => /#[^:]+:~:/.test(href))
        .slice(0, 3);
      expect(rows.length).toBeGreaterThan(0);
      for (const href of rows) {
        const id = decodeURIComponent(/#([^:]+):~:/.exec(href)![1]!);
        await page.goto(href);
        await expect(page.locator(`[id="${id}"]`), href).toBeInViewport();
        expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
      }
    });
  }

  test('a reading page loads no script file and nothing from Pagefind; a landed page with marks passes axe', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(r.url());
    });
    await page.goto('/marks/wiltshire-lsqm/levels/bronze/#flt-2-middle:~:text=open%20classes');
    // Only the row opened at is marked; the browser highlights the words from the text fragment.
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('flt-2-middle');
    await expect(page.locator('[id="flt-2-middle"]')).toBeInViewport();
    expect(scripts).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
