import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { worker } from '../offline/worker';

/** Files a visitor never fetches from a page: they stay out of the offline copy. */
const NOT_CACHED =
  /^(?:_headers|robots\.txt|sitemap\.xml|sw\.js|404\.html)$|^pagefind\/(?:pagefind-(?:modular-|component-)?ui\.(?:js|css)|pagefind-highlight\.js)$/;

/** Every file of a built site that a visitor's browser may ask for: its path on disk and its address under `base` ("/x/" for x/index.html). */
export function offlineFiles(dir: string, base: string): { file: string; url: string }[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')];
    });
  return walk(dir)
    .filter((file) => !NOT_CACHED.test(file))
    .map((file) => ({ file: join(dir, file), url: `${root}${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}` }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The service worker's text: `worker` with this build's version and files. */
export function workerSource(version: string, files: readonly string[]): string {
  return `// Written by the build (src/integrations/offline.ts from src/offline/worker.ts).\n(${worker.toString()})(self, ${JSON.stringify(version)}, ${JSON.stringify(files)});\n`;
}

/** Writes `sw.js` after the build, precaching every page and file of this copy; nothing in dev. */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'qmh:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const found = offlineFiles(root, base);
        // The version changes whenever any cached file does, so a new build is offered to open pages.
        const hash = createHash('sha256');
        for (const { file, url } of found) hash.update(url).update(readFileSync(file));
        const version = hash.digest('hex').slice(0, 16);
        const files = found.map((f) => f.url);
        await writeFile(new URL('sw.js', dir), workerSource(version, files));
        logger.info(`Offline: sw.js caches ${files.length} files (version ${version})`);
      },
    },
  };
}
