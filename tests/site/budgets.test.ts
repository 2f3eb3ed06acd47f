import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgets } from './budgets';
import { builtPages, fileFor, isToolPage, pageCost } from './builtSite';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('byte budgets of every built page (gzip)', () => {
  for (const page of builtPages()) {
    const cost = pageCost(page);
    const jsBudget = isToolPage(page) ? budgets.toolPageJs : budgets.readingPageJs;

    it(`${page.path} loads at most ${kb(jsBudget)} of JavaScript`, () => {
      expect(cost.jsBytes, `${kb(cost.jsBytes)} from ${cost.jsFiles.join(', ') || 'inline scripts'}`).toBeLessThanOrEqual(jsBudget);
    });

    it(`${page.path} loads at most ${kb(budgets.cssPerPage)} of CSS and ${budgets.fontFilesPerPage} font files`, () => {
      expect(cost.cssBytes).toBeLessThanOrEqual(budgets.cssPerPage);
      expect(cost.fontFiles.length, cost.fontFiles.join(', ')).toBeLessThanOrEqual(budgets.fontFilesPerPage);
    });
  }

  it('measures island code, so a tool page does load JavaScript', () => {
    const tool = builtPages().find(isToolPage)!;
    expect(pageCost(tool).jsBytes).toBeGreaterThan(20 * 1024);
  });

  it('ships React DOM in its own file, its module wrapper a parenthesised function that V8 compiles while it downloads', () => {
    const tool = builtPages().find(isToolPage)!;
    const files = pageCost(tool).jsFiles.map((f) => readFileSync(fileFor(f)!, 'utf8'));
    const reactDom = files.filter((code) => code.includes('__reactFiber$'));
    expect(reactDom, 'one file holds React DOM').toHaveLength(1);
    // React DOM's own wrapper, e.g. `var o=e((function(e){…` around its 190 KB, and no wrapper left as an arrow.
    expect(reactDom[0]).toMatch(/=[\w$]+\(\(function\([\w$,]*\)\{/);
    expect(reactDom[0]).not.toMatch(/=[\w$]+\(\(*\(?[\w$,]*\)?=>\{/);
  });
});
