import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, dist, isToolPage, pageCost } from './builtSite';

// The shape src/integrations/bundleShape.ts gives the browser's bundle, read from the built files: React DOM, the
// tool shell and the files a page loads without the shell each in one file, and imports left as Vite wrote them.

const pages = builtPages();
const tools = pages.filter(isToolPage);
const others = pages.filter((p) => !isToolPage(p));
const chunkFile = (name: string) => (file: string) => new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`).test(file);
const scripts = readdirSync(join(dist.root, '_astro')).filter((f) => f.endsWith('.js'));
const code = (file: string) => readFileSync(join(dist.root, '_astro', file), 'utf8');

describe('the browser’s bundle', () => {
  it('has one chunk each for React, the tool shell, the preload helper and the text of pages without the shell', () => {
    for (const name of ['react', 'ToolShell', 'preload-helper', 'translate']) {
      expect(
        scripts.filter((f) => f.startsWith(`${name}.`)),
        name,
      ).toHaveLength(1);
    }
  }, 30_000);

  it('loads React and the shell, one file each, on every tool page, and neither on any other page', () => {
    expect(tools.length).toBeGreaterThan(10);
    for (const page of tools) {
      const files = pageCost(page).jsFiles;
      expect(files.filter(chunkFile('react')), page.path).toHaveLength(1);
      expect(files.filter(chunkFile('ToolShell')), page.path).toHaveLength(1);
    }
    for (const page of others) {
      const files = pageCost(page).jsFiles;
      expect(
        files.filter((f) => chunkFile('react')(f) || chunkFile('ToolShell')(f)),
        page.path,
      ).toEqual([]);
    }
  }, 30_000);

  it('gives the search page its text without the shell', () => {
    const search = pages.find((p) => p.path === '/search/')!;
    expect(pageCost(search).jsFiles.some(chunkFile('translate'))).toBe(true);
  }, 30_000);

  it('holds in the shell’s chunk all that every tool loads: nothing the tools share is split off by which tool loads it', () => {
    const loaded = tools.map((page) => new Set(pageCost(page).jsFiles.map((f) => f.split('/').at(-1)!.split('.')[0])));
    const everywhere = [...loaded[0]!].filter((name) => loaded.every((files) => files.has(name)));
    // Astro's island loader and React's renderer (client), and the bundler's runtime, besides the shaped chunks.
    expect(everywhere.sort()).toEqual(['ToolShell', 'client', 'preload-helper', 'react', 'rolldown-runtime', 'translate']);
    const shell = code(scripts.find((f) => f.startsWith('ToolShell.'))!);
    const imports = [...shell.matchAll(/from"\.\/([^"]+)"/g)].map((m) => m[1]!.split('.')[0]);
    expect(new Set(imports)).toEqual(new Set(['react', 'translate', 'preload-helper', 'rolldown-runtime']));
  }, 30_000);

  it('leaves every import() as Vite writes it, with no list of files to preload and no rewritten helper', () => {
    for (const file of scripts) {
      const text = code(file);
      expect(text, file).not.toContain('__vite__mapDeps');
      // Vite writes a worker's address itself (new Worker(new URL(...))), from the site's base: the one path allowed.
      const withoutWorkers = text.replace(/new Worker\(new URL\(`[^`]+`/g, 'new Worker(new URL(');
      expect(withoutWorkers, file).not.toContain('_astro/');
    }
    // Each import() of a chunk loaded on first use passes Vite's helper an empty list.
    const lazy = scripts.flatMap((f) => [...code(f).matchAll(/\(\(\)=>import\([`"]\.\/[^`"]+\.js[`"]\),\[\]\)/g)]);
    expect(lazy.length).toBeGreaterThan(3);
  }, 30_000);
});
