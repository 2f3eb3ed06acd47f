import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { brandConfig, buildBrandSite, exampleBase, exampleBrand, exampleSiteUrl } from '../fixtures/brandSite.mjs';
import { brokenReferences, builtPages, dist, type BuiltPage, type Site } from './builtSite';

// Each brand in brands/ is a copy of the site: the default (npm run build, in dist/) and the example
// hub brand, built here as a hub would build it (BRAND=severn-hub, with a site URL so it has a sitemap).
// Each is crawled for broken links, and a mark it does not publish must be nowhere in it.

const root = new URL('../../', import.meta.url).pathname;

interface MarkFile {
  id: string;
  name: string;
}

/** The definition files of the mark folders in `dir`. */
function definitionsIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .map((id) => join(dir, id, 'definition.json'))
        .filter((f) => existsSync(f))
    : [];
}

/** Every mark in the repository: the shared ones and each brand's own. */
const allMarks: MarkFile[] = [
  ...definitionsIn(join(root, 'src/frameworks/marks')),
  ...readdirSync(join(root, 'brands')).flatMap((brand) => definitionsIn(join(root, 'brands', brand, 'marks'))),
].map((file) => JSON.parse(readFileSync(file, 'utf8')) as MarkFile);

const sharedIds = definitionsIn(join(root, 'src/frameworks/marks')).map((f) => (JSON.parse(readFileSync(f, 'utf8')) as MarkFile).id);

/** What a brand publishes: its "marks", or every shared mark. */
const publishedBy = (brand: string): string[] => (brandConfig(brand) as { marks?: string[] }).marks ?? sharedIds;

/** The text of a built site's search index: Pagefind's fragments, each gzip'd JSON of a page's URL, title and content. */
function searchIndexText(site: Site): string {
  const folder = join(site.root, 'pagefind/fragment');
  return readdirSync(folder)
    .map((f) => gunzipSync(readFileSync(join(folder, f))).toString('utf8'))
    .join('\n');
}

let exampleSite: Site | undefined;
/** The example brand's copy, built once for the same sources (the browser tests' web server serves the same copy). */
const example = (): Site => (exampleSite ??= { root: buildBrandSite(exampleBrand, { siteUrl: exampleSiteUrl }), base: exampleBase });

const copies: { brand: string; site: () => Site }[] = [
  { brand: 'default', site: () => dist },
  { brand: exampleBrand, site: example },
];

for (const copy of copies) {
  describe(`the ${copy.brand} brand's copy`, () => {
    let site: Site;
    let pages: BuiltPage[];
    beforeAll(() => {
      site = copy.site();
      pages = builtPages(site);
    }, 120_000);

    const published = publishedBy(copy.brand);
    const unpublished = allMarks.filter((m) => !published.includes(m.id));

    it('has every internal link, asset and anchor intact', () => {
      expect(pages.length).toBeGreaterThan(10);
      expect(brokenReferences(site, pages)).toEqual([]);
    });

    it('publishes its marks, in its order, on the home page, and each page’s navigation names only its own mark', () => {
      const home = pages.find((p) => p.path === site.base)!;
      const listed = home.root.querySelectorAll('#marks + .card-list h3 a').map((a) => a.getAttribute('href'));
      expect(listed).toEqual(published.map((id) => `${site.base}marks/${id}/`));
      for (const page of pages) {
        const nav = page.root.querySelectorAll('.site-header__nav a').map((a) => a.getAttribute('href'));
        const own = published.find((id) => page.path.startsWith(`${site.base}marks/${id}/`));
        expect(nav, page.path).toEqual([`${site.base}#marks`, ...(own ? [`${site.base}marks/${own}/`] : [])]);
      }
    });

    it(`shows none of the marks it does not publish (${unpublished.map((m) => m.id).join(', ')}) in pages, navigation, search or sitemap`, () => {
      expect(unpublished.length).toBeGreaterThan(0);
      const index = searchIndexText(site);
      expect(index).toContain('pagefind_dcd');
      const sitemap = existsSync(join(site.root, 'sitemap.xml')) ? readFileSync(join(site.root, 'sitemap.xml'), 'utf8') : '';
      const printCss = readFileSync(join(site.root, 'print-header.css'), 'utf8');
      for (const mark of unpublished) {
        expect(pages.filter((p) => p.path.includes(`/marks/${mark.id}/`)).map((p) => p.path)).toEqual([]);
        for (const page of pages) {
          expect(page.html, page.path).not.toContain(`/marks/${mark.id}/`);
          expect(page.root.text, page.path).not.toContain(mark.name);
        }
        expect(index).not.toContain(`/marks/${mark.id}/`);
        expect(index).not.toContain(mark.name);
        expect(sitemap).not.toContain(`/marks/${mark.id}/`);
        expect(printCss).not.toContain(mark.name);
      }
    });
  });
}

describe('the example brand', () => {
  it('has a sitemap of absolute addresses under its base path, without the search page', () => {
    const dir = example().root;
    const listed = [...readFileSync(join(dir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(listed.length).toBe(builtPages({ root: dir, base: exampleBase }).length - 2);
    expect(listed.every((url) => url.startsWith(`https://hub.example.org${exampleBase}`))).toBe(true);
    expect(listed).not.toContain(`https://hub.example.org${exampleBase}search/`);
  }, 120_000);
});
