import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scriptImports, staticImports } from '~/integrations/search';

// The search page's preloads of its script's imports (src/integrations/search.ts) are read from the script's syntax
// tree, and fail the build loudly when the page or its script no longer gives them anything to preload.

const site = mkdtempSync(join(tmpdir(), 'qmh-search-build-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
mkdirSync(join(site, '_astro'));
const page = (src: string) => `<html><head><script type="module" src="${src}"></script></head><body></body></html>`;

describe('the search page’s preloads of its script’s imports', () => {
  it('reads static imports and re-exports of files, however minified, and not import() or packages', () => {
    const code =
      'import{t as e}from"./translate.Ab1.js";import"./preload-helper.x_2.js";export*from"./a.js";import r from"react";const l=()=>import("./lazy.js");';
    expect(staticImports(code, 'search.js')).toEqual(['./translate.Ab1.js', './preload-helper.x_2.js', './a.js']);
  });

  it('preloads each under the site’s base path', () => {
    writeFileSync(join(site, '_astro/search.1.js'), 'import{t}from"./translate.2.js";t();');
    expect(scriptImports(site, '/handbook/', page('/handbook/_astro/search.1.js'))).toBe(
      '<link rel="modulepreload" href="/handbook/_astro/translate.2.js">',
    );
  });

  it('fails the build when the page has no module script, or its script imports nothing', () => {
    expect(() => scriptImports(site, '/', '<html><head></head></html>')).toThrow(/no module script/);
    writeFileSync(join(site, '_astro/search.3.js'), 'console.log(1);');
    expect(() => scriptImports(site, '/', page('/_astro/search.3.js'))).toThrow(/imports no module/);
  });

  it('fails the build when the script cannot be read', () => {
    expect(() => staticImports('import{from"./x.js"', 'search.js')).toThrow(/search\.js could not be read/);
  });
});
