import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, fileFor } from './builtSite';

// Pagefind's engine as the build leaves it (src/integrations/search.ts): its wait for the WebAssembly shortened and the
// file minified. Run here in Node, with the built site as the network, it finds pages as the search page would.

interface Engine {
  options(o: { basePath: string; baseUrl: string; noWorker: boolean }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

const saved = { window: globalThis.window, location: globalThis.location, document: globalThis.document, fetch: globalThis.fetch };
let engine: Engine;
beforeAll(async () => {
  // The few browser names the engine reads, and fetch answered from dist/.
  Object.assign(globalThis, {
    window: globalThis,
    location: new URL('http://site/search/'),
    document: { currentScript: null, querySelector: () => null },
    fetch: (url: string) => Promise.resolve(new Response(readFileSync(fileFor(new URL(url, 'http://site/').pathname)!))),
  });
  const code = readFileSync(join(dist.root, 'pagefind/pagefind.js'), 'utf8');
  engine = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as Engine;
});
afterAll(() => Object.assign(globalThis, saved));

describe('the search engine the build writes', () => {
  it('finds a mark’s home page, asked at once, before its WebAssembly has started (the shortened wait)', async () => {
    await engine.options({ basePath: '/pagefind/', baseUrl: '/', noWorker: true });
    const found = await engine.search('wellbeing');
    const urls = await Promise.all(found.results.map(async (r) => (await r.data()).url));
    expect(urls).toContain('/marks/wellbeing-qm/');
  }, 30_000);

  it('splits the index into small chunks, as PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE asks: a first search fetches less', () => {
    const folder = join(dist.root, 'pagefind/index');
    const sizes = readdirSync(folder).map((f) => statSync(join(folder, f)).size);
    // Pagefind's default makes chunks of about 30 KB; the site's setting (2,000) makes them a few KB.
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.max(...sizes)).toBeLessThan(8 * 1024);
  });
});
