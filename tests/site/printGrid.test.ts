import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMark } from '~/frameworks/parseMark';
import { builtPages, dist } from './builtSite';

// A blank grid's boxes to tick and lines to write on are drawn by print CSS (src/styles/print.css) from each level's
// words in print-header.css (src/site/print.ts): the grid pages' HTML holds none of them.

const marksDir = new URL('../../src/frameworks/marks/', import.meta.url).pathname;
const marks = readdirSync(marksDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name: id }) => parseMark(JSON.parse(readFileSync(`${marksDir}${id}/definition.json`, 'utf8')), id));
const css = readFileSync(`${dist.root}print-header.css`, 'utf8');
const gridPages = builtPages().filter((p) => /^\/marks\/[^/]+\/levels\/[^/]+\/(print\/)?$/.test(p.path));

/** The declarations of print-header.css's rule for a grid key. */
const gridRule = (key: string) => new RegExp(`\\[data-print-grid="${key}"\\] \\{([^}]*)\\}`).exec(css)?.[1];

describe('blank grids on paper', () => {
  it('gives each level its answers to tick, and the action line only where best fit asks for an action for every unmet statement', () => {
    let levels = 0;
    for (const mark of marks)
      for (const level of mark.levels) {
        const rule = gridRule(`${mark.id}--${level.id}`);
        expect(rule, `${mark.id} ${level.id}`).toBeDefined();
        for (const option of level.responses.options) expect(rule).toContain(`"${option.label}"`);
        const action = level.fields.find((f) => f.purpose === 'action');
        const asks = level.rule.kind === 'bestFit' && level.rule.actionsForUnmet && action !== undefined;
        if (asks) expect(rule).toContain(`--qm-print-action: "${action.label}";`);
        else expect(rule).not.toContain('--qm-print-action');
        levels++;
      }
    expect(levels).toBeGreaterThan(5);
  });

  it('keeps the boxes and lines out of the grid pages’ HTML, each grid naming its level for print-header.css', () => {
    expect(gridPages.length).toBeGreaterThan(10);
    for (const page of gridPages) {
      const grid = page.root.querySelector('.print-grid');
      expect(grid?.getAttribute('data-print-grid'), page.path).toBe(page.root.querySelector('html')?.getAttribute('data-print'));
      // Answers are ticked in the printed cell; its screen copy holds the statement alone.
      // (The glossary's other forms of an abbreviation, for search alone, are visually hidden, not print-only.)
      const printOnly = page.root
        .querySelectorAll('td[id] [aria-hidden="true"], td[id] .print-only')
        .filter((element) => !element.classList.contains('visually-hidden'));
      expect(printOnly, page.path).toHaveLength(0);
    }
    const bronze = gridPages.find((p) => p.path === '/marks/wiltshire-lsqm/levels/bronze/')!;
    // 468 with the print-only boxes; 228 without them; since then each statement's reference (48 spans) and the
    // mark's glossary (about 80 elements, folded in a closed <details>) are on screen: what the screen shows.
    expect(bronze.root.querySelectorAll('*').length, 'elements of the Bronze grid page').toBeLessThan(400);
  });
});
