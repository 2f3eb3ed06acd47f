import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** Every HTML page of the built site, as a URL path: "/", "/marks/x/", "/404.html". */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        pages.push(rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dist);
  if (pages.length === 0) throw new Error('No built pages in dist/: run npm run build first');
  return pages.sort();
}

/** Pages that embed a self-assessment tool. */
export const isToolPage = (path: string) => /\/(self-assessment|readiness)\/$/.test(path);
