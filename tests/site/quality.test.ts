import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtCopy } from '../fixtures/siteBuild.mjs';
import { brokenReferences, builtPages, dist, isToolPage, type BuiltPage } from './builtSite';

const pages = builtPages();

// Astro writes this one style into <body> for its islands; html-validate (rightly, for hand-written
// HTML) rejects <style> there, so it is taken out before validation rather than turning the rule off.
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // React's server render writes void elements as <input /> and boolean attributes as
    // disabled=""; both spellings are valid HTML, and the rules only pick one.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    // React's server render writes some attributes as its props are named (autoComplete); HTML attribute names
    // are case-insensitive, so camelCase is as valid as lowercase.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // Checkboxes of one filter share a name (?mark=a&mark=b), as HTML allows; the rule allows it for radios only.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

describe('valid HTML', () => {
  for (const page of pages) {
    it(`${page.path} is valid`, async () => {
      const report = await validator.validateString(page.html.replace(ISLAND_STYLE, ''), page.file);
      const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(problems).toEqual([]);
    });
  }
});

describe('links', () => {
  it('every internal link, asset and anchor resolves, and nothing loads from another origin', () => {
    expect(brokenReferences(dist, pages)).toEqual([]);
  }, 30_000);

  it('every link still resolves when the site is built under a base path with a site URL, and pages carry canonical URLs', () => {
    // A copy of the project, built once for the same sources (tests/fixtures/siteBuild.mjs).
    const root = join(builtCopy({ name: 'base-path', env: { SITE_URL: 'https://hub.example.org', BASE_PATH: '/handbook' } }), 'dist');
    const site = { root: `${root}/`, base: '/handbook/' };
    const basePages = builtPages(site);
    expect(basePages.length).toBe(pages.length);
    expect(brokenReferences(site, basePages)).toEqual([]);
    for (const page of basePages.filter((p) => !p.path.endsWith('404.html'))) {
      expect(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href'), page.path).toBe(`https://hub.example.org${page.path}`);
    }
    expect(readFileSync(join(root, 'robots.txt'), 'utf8')).toContain('Sitemap: https://hub.example.org/handbook/sitemap.xml');
    // With a site URL, the sitemap lists every page but the search page and the 404, each by its absolute address.
    const listed = [...readFileSync(join(root, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(
      basePages
        .map((p) => p.path)
        .filter((p) => !p.endsWith('404.html') && p !== '/handbook/search/')
        .map((p) => `https://hub.example.org${p}`)
        .sort(),
    );
  }, 120_000);
});

describe('every page', () => {
  for (const page of pages) {
    it(`${page.path} has a title, a description, one h1, English and no inline event handlers`, () => {
      expect(page.root.querySelector('title')?.textContent.trim()).toMatch(/\S.{5,}/);
      expect(page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(40);
      expect(page.root.querySelectorAll('h1')).toHaveLength(1);
      expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
      const handlers = page.root.querySelectorAll('*').flatMap((e) => Object.keys(e.attributes).filter((a) => /^on[a-z]+$/i.test(a)));
      expect(handlers).toEqual([]);
    });

    it(`${page.path} carries a strict Content Security Policy`, () => {
      const csp = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'[^;]*'sha256-/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/https?:/);
      // Only the search page compiles WebAssembly (Pagefind's engine).
      if (page.path === '/search/') expect(csp).toContain("'wasm-unsafe-eval'");
      else expect(csp).not.toContain('wasm-unsafe-eval');
    });
  }
});

describe('the chrome of every page', () => {
  // A page's HTML must not grow with the number of marks a hub publishes: the home page lists them all.
  it('names at most the page’s own mark in the header and footer, and links to the list of every mark', () => {
    const markLinks = (selector: string, page: BuiltPage) =>
      page.root.querySelectorAll(`${selector} a`).filter((a) => /\/marks\/[^/]+\/$/.test(a.getAttribute('href') ?? ''));
    for (const page of pages) {
      const own = /^\/marks\/[^/]+\//.exec(page.path)?.[0];
      const named = [...markLinks('.site-header', page), ...markLinks('.site-footer', page)].map((a) => a.getAttribute('href'));
      expect(new Set(named).size, page.path).toBeLessThanOrEqual(own ? 1 : 0);
      if (own) expect(named, page.path).toContain(own);
      expect(page.root.querySelector('.site-header__nav a')?.getAttribute('href'), page.path).toBe('/#marks');
    }
    const home = pages.find((p) => p.path === '/')!;
    const published = new Set(pages.map((p) => /^\/marks\/[^/]+\//.exec(p.path)?.[0]).filter(Boolean));
    expect(new Set(home.root.querySelectorAll('#marks + .card-list h3 a').map((a) => a.getAttribute('href')))).toEqual(published);
  });
});

describe('site files', () => {
  it('has robots.txt, a favicon and a helpful 404 page, and no sitemap without a site URL (the protocol needs absolute addresses)', () => {
    expect(existsSync(join(dist.root, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(dist.root, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    expect(existsSync(join(dist.root, 'favicon.svg'))).toBe(true);
    const notFound = pages.find((p) => p.path === '/404.html')!;
    expect(notFound.root.querySelector('h1')?.textContent).toBe('Page not found');
    expect(notFound.root.querySelectorAll('main a').length).toBeGreaterThan(1);
  });
});

describe('tools before they hydrate', () => {
  it('render inert, so nothing can be typed or ticked that hydration would wipe', () => {
    const tools = pages.filter(isToolPage);
    expect(tools.length).toBeGreaterThan(10);
    for (const page of tools) {
      for (const island of page.root.querySelectorAll('astro-island')) {
        expect(island.querySelector('[data-hydrated], [inert]')?.hasAttribute('inert'), page.path).toBe(true);
      }
    }
  });
});
