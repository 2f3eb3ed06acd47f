import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, isLevelPack, isToolPage, pageCost } from './builtSite';

// Search (issue 12): reading pages carry no script at all (results link to a text fragment the browser highlights); every
// criterion is a sub-result of its own; every indexed page of a mark says its mark and kind; the search page
// preloads files that exist.
const pages = builtPages();
const indexed = pages.filter((p) => p.root.querySelector('[data-pagefind-body]'));

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
    const grids = indexed.filter((p) => /\/levels\/[^/]+\/$/.test(p.path));
    expect(grids.length).toBeGreaterThan(5);
    for (const page of grids) {
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
});
