import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { brandConfig, buildBrandSite, exampleBase, exampleBrand, exampleSiteUrl } from '../fixtures/brandSite.mjs';
import { brandFontFilesPerPage, bytes, fontFilesPerPage } from '../budgets.mjs';
import { builtPages, fileFor, isLevelPack, isToolPage, pageCost, type BuiltPage, type Site } from './builtSite';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The kind of a page, for its budgets (tests/budgets.mjs, which npm run bench reads too). */
const kindOf = (page: BuiltPage, base = '/') =>
  isToolPage(page) ? 'tool' : isLevelPack(page) ? 'pack' : page.path === `${base}search/` ? 'search' : 'reading';
const jsBudget = { tool: bytes.toolPageJs, pack: bytes.levelPackJs, search: bytes.searchPageJs, reading: bytes.readingPageJs };

describe('byte budgets of every built page (gzip)', () => {
  for (const page of builtPages()) {
    const cost = pageCost(page);
    const kind = kindOf(page);

    it(`${page.path} loads at most ${kb(jsBudget[kind])} of JavaScript (${kind} page)`, () => {
      expect(cost.jsBytes, `${kb(cost.jsBytes)} from ${cost.jsFiles.join(', ') || 'inline scripts'}`).toBeLessThanOrEqual(jsBudget[kind]);
    });

    it(`${page.path} loads at most ${kb(bytes.cssPerPage)} of CSS and ${fontFilesPerPage} font files`, () => {
      expect(cost.cssBytes).toBeLessThanOrEqual(bytes.cssPerPage);
      expect(cost.fontFiles.length, cost.fontFiles.join(', ')).toBeLessThanOrEqual(fontFilesPerPage);
    });

    if (kind === 'reading')
      it(`${page.path} is at most ${kb(bytes.readingPage)} in all: HTML, CSS and no JavaScript`, () => {
        const html = gzipSync(page.html).length;
        expect(html + cost.cssBytes + cost.jsBytes, `HTML ${kb(html)}, CSS ${kb(cost.cssBytes)}`).toBeLessThanOrEqual(bytes.readingPage);
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

// A brand with "font": "inter" (issue 24): its reading pages load one font file, and stay within 45 KB in all with it.
// Counted as the bench counts a first visit (npm run bench, "Transferred: branded reading page"), without the headers:
// HTML and CSS gzip, the font file as stored (WOFF2 is compressed already; gzip takes nothing off it).
describe('byte budgets of a branded copy with "font": "inter" (the example brand)', () => {
  let site: Site;
  beforeAll(() => {
    expect((brandConfig(exampleBrand) as { font?: string }).font).toBe('inter');
    // The copy brands.test.ts checks, built once for the same sources.
    site = { root: buildBrandSite(exampleBrand, { siteUrl: exampleSiteUrl }), base: exampleBase };
  }, 300_000);

  it(`each reading page is at most ${kb(bytes.brandedReadingPage)} in all, its ${brandFontFilesPerPage} font file with it`, () => {
    const reading = builtPages(site).filter((page) => kindOf(page, site.base) === 'reading');
    expect(reading.length).toBeGreaterThan(5);
    const over: string[] = [];
    for (const page of reading) {
      const cost = pageCost(page, site);
      expect(cost.fontFiles, page.path).toHaveLength(brandFontFilesPerPage);
      const fonts = cost.fontFiles.reduce((n, url) => n + statSync(fileFor(url, site)!).size, 0);
      const html = gzipSync(page.html).length;
      const total = html + cost.cssBytes + cost.jsBytes + fonts;
      expect(cost.jsBytes, page.path).toBe(0);
      if (total > bytes.brandedReadingPage) over.push(`${page.path}: ${kb(total)} (HTML ${kb(html)}, CSS ${kb(cost.cssBytes)}, fonts ${kb(fonts)})`);
    }
    expect(over).toEqual([]);
  });
});
