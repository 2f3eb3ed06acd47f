import { existsSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, isLevelPack, isToolPage, pageCost, searchFragments } from './builtSite';

// Search (issue 12): reading pages carry no script at all (results link to a text fragment the browser highlights); every
// criterion is a sub-result of its own; every indexed page of a mark says its mark and kind; the search page
// preloads files that exist.
const pages = builtPages();
const indexed = pages.filter((p) => p.root.querySelector('[data-pagefind-body]'));
const fragments = searchFragments();
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const squash = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');
/** An element's words as Pagefind reads them: without its parts marked data-pagefind-ignore (a printed grid's tick boxes). */
function indexedText(element: HTMLElement): string {
  const copy = parse(element.toString());
  for (const ignored of copy.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return normalise(copy.text);
}
const gridPages = indexed.filter((p) => /\/levels\/[^/]+\/$/.test(p.path));

describe('search on the built site', () => {
  it('reading pages carry no JavaScript at all, neither a file nor inline', () => {
    const reading = pages.filter((p) => !isToolPage(p) && !isLevelPack(p) && p.path !== '/search/');
    expect(reading.length).toBeGreaterThan(20);
    for (const page of reading) {
      const cost = pageCost(page);
      expect(cost.jsFiles, page.path).toEqual([]);
      expect(cost.jsBytes, page.path).toBe(0);
    }
  });

  it('a level pack, a page to print, carries one small inline script (the print date on its sheets) and no file', () => {
    const packs = pages.filter(isLevelPack);
    expect(packs.length).toBeGreaterThan(5);
    for (const page of packs) {
      const cost = pageCost(page);
      expect(cost.jsFiles, page.path).toEqual([]);
      expect(page.root.querySelectorAll('script'), page.path).toHaveLength(1);
      expect(cost.jsBytes, page.path).toBeGreaterThan(0);
      expect(cost.jsBytes, page.path).toBeLessThanOrEqual(400);
    }
  });

  it('every indexed page of a mark carries its mark and kind of page as filters', () => {
    const markPages = indexed.filter((p) => p.path.startsWith('/marks/'));
    expect(markPages.length).toBeGreaterThan(20);
    for (const page of markPages) {
      const filters = page.root.querySelectorAll('[data-pagefind-filter]').map((e) => e.getAttribute('data-pagefind-filter')!.split(':')[0]);
      expect(filters.sort(), page.path).toEqual(['kind', 'mark']);
    }
  });

  it('every criterion on a grid page is anchored and titled, so search can land on it', () => {
    expect(gridPages.length).toBeGreaterThan(5);
    for (const page of gridPages) {
      const rows = page.root.querySelectorAll('.criteria-grid td[id], .elements-list li[id]');
      expect(rows.length, page.path).toBeGreaterThan(0);
      for (const row of rows) expect(row.getAttribute('data-pagefind-title'), `${page.path}#${row.id}`).toMatch(/\S · \S/);
    }
  });

  it('the search page preloads the engine files that the index wrote', () => {
    const search = pages.find((p) => p.path === '/search/')!;
    const preloads = search.root
      .querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')
      .map((l) => l.getAttribute('href')!)
      .filter((href) => href.includes('/pagefind/'));
    expect(preloads).toHaveLength(4);
    for (const href of preloads) expect(existsSync(fileFor(href.split('?')[0]!) ?? ''), href).toBe(true);
  });

  it('each criterion is one search result, on its own grid page: where another page quotes it, that copy is not indexed', () => {
    const rows = gridPages.flatMap((page) =>
      page.root.querySelectorAll('main [id][data-pagefind-title]').map((row) => ({ page, row, text: indexedText(row) })),
    );
    expect(rows.length).toBeGreaterThan(150);
    // Two levels may hold criteria of the same words (Gold and Platinum share activities): each is its own result.
    const gridsSaying = new Map<string, string[]>();
    for (const { page, text } of rows) gridsSaying.set(text, [...(gridsSaying.get(text) ?? []), page.path]);
    let checked = 0;
    for (const { page, row, text } of rows) {
      const where = `${page.path}#${row.id}`;
      // Its row is a sub-result of its grid page, and of no other page of its mark.
      const mark = page.path.split('/').slice(0, 3).join('/');
      const anchoredOn = fragments.filter((f) => f.url.startsWith(mark) && f.anchors.some((a) => a.id === row.id && a.title)).map((f) => f.url);
      expect(anchoredOn, where).toEqual([page.path]);
      // Its words are indexed on grid pages only (a short text, such as a role's name, may fairly be said elsewhere).
      // A level's requirements and rule are results of their own too, but guidance may fairly quote them.
      if (text.split(' ').length < 6 || row.id.startsWith('requirement-') || row.id.startsWith('rule-')) continue;
      // Compared by letters and digits: Pagefind ends each of a list's items with a full stop, the HTML parser joins them.
      const holding = fragments.filter((f) => squash(f.content).includes(squash(text))).map((f) => f.url);
      expect(holding.sort(), where).toEqual([...new Set(gridsSaying.get(text))].sort());
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a tool page is found by its title and lede, the audit and questionnaire by their rated items, not by the words of its interface', () => {
    const tools = indexed.filter((p) => isToolPage(p));
    expect(tools.length).toBeGreaterThan(20);
    const interfaceWords = [
      'Reload to update',
      'Print our answers',
      'Clear this mark',
      'Keep a copy',
      'Save to a file',
      'Save your response to hand in',
      'Anonymous and private',
    ];
    const indexedIslands: string[] = [];
    for (const page of tools) {
      const fragment = fragments.find((f) => f.url === page.path);
      expect(fragment, page.path).toBeDefined();
      const content = normalise(fragment!.content);
      expect(content, page.path).toContain(normalise(page.root.querySelector('main h1')!.text));
      const lede = page.root.querySelector('main .lede');
      if (lede) expect(content, page.path).toContain(normalise(lede.text));
      for (const words of interfaceWords) expect(content, page.path).not.toContain(words);
      // Every island (a tool's interface) sits in a part the index leaves out, but the leaders' audit's and the staff
      // questionnaire's: there each rated item or question is a result of its own, landing on it (issue 26), and the
      // rest of the interface is left out.
      for (const island of page.root.querySelectorAll('main astro-island')) {
        if (island.closest('[data-pagefind-ignore]')) continue;
        expect(page.path, 'an indexed island').toMatch(/\/(audit|questionnaire)\/$/);
        const items = island.querySelectorAll('fieldset[id][data-pagefind-title]');
        expect(items.length, page.path).toBeGreaterThan(0);
        for (const item of items) expect(fragment!.anchors.some((a) => a.id === item.id && a.title)).toBe(true);
        indexedIslands.push(page.path);
      }
    }
    expect(indexedIslands.filter((p) => p.endsWith('/questionnaire/')).length).toBeGreaterThan(0);
  });
});
