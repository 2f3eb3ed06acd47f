import { describe, expect, it } from 'vitest';
import { budgets } from './budgets';
import { builtPages, isToolPage, pageCost } from './builtSite';

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
});
