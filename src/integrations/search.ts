import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { minify, parseSync } from 'vite';

/** Pagefind's target size of an index chunk, in bytes. */
const INDEX_CHUNK_BYTES = 2000;

/** The built search page (src/pages/search.astro, paths.search). */
const SEARCH_PAGE = 'search/index.html';

/**
 * The files every first search needs, whatever is searched for, as preloads in the search page's head: the
 * browser fetches them while the page itself loads, instead of one after another once the page's script asks.
 * Their names are known only once the index is written; the cache tag makes the entry's address fixed too.
 */
export function searchPreloads(bundle: string, entryJson: string): string {
  const entry = JSON.parse(entryJson) as { languages: Record<string, { hash: string; wasm: string | null }> };
  const languages = Object.values(entry.languages);
  if (languages.length !== 1) throw new Error(`The search index has ${languages.length} languages; the search page preloads one`);
  const { hash, wasm } = languages[0]!;
  const fetched = [`pagefind-entry.json?ts=${hash}`, `pagefind.${hash}.pf_meta`, ...(wasm ? [`wasm.${wasm}.pagefind`] : [])];
  return [
    `<meta name="qmh-search-tag" content="${hash}">`,
    `<link rel="modulepreload" href="${bundle}pagefind.js">`,
    ...fetched.map((file) => `<link rel="preload" href="${bundle}${file}" as="fetch" crossorigin>`),
  ].join('');
}

/** Pagefind 1.6's engine waits for its WebAssembly by checking every 50 ms (`getPtr`). */
const ENGINE_WAIT = 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';

/**
 * The engine's script with its wait for the WebAssembly checking every 5 ms instead of 50. A search asked for
 * while the engine is still starting (as on arriving at the search page with words) waited up to 50 ms, 25 on
 * average, after the engine was ready. Throws when the engine's code has changed, so an upgrade of Pagefind
 * says that this is to be looked at again.
 */
export function quickerEngineWait(engineJs: string, version: string): string {
  const at = engineJs.indexOf(ENGINE_WAIT);
  if (at < 0 || engineJs.indexOf(ENGINE_WAIT, at + 1) >= 0)
    throw new Error(
      `Pagefind ${version}'s pagefind.js does not wait for its engine as 1.6 did (src/integrations/search.ts, quickerEngineWait): check whether the search page still needs the change, then update or remove it`,
    );
  return engineJs.replace(ENGINE_WAIT, ENGINE_WAIT.replace('asyncSleep(50)', 'asyncSleep(5)'));
}

/**
 * The engine's script minified as the site's own scripts are (Vite's minifier): Pagefind ships it with its
 * whitespace removed but its names kept, 13.4 KB gzip, which every first search fetches; minified it is 11.0 KB.
 */
export async function minifiedEngine(engineJs: string): Promise<string> {
  const { code, errors } = await minify('pagefind.js', engineJs, { module: true, compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`Pagefind's pagefind.js could not be minified: ${errors.map((e) => e.message).join('; ')}`);
  return code;
}

/** The relative files a built module imports statically ("./translate.x.js"), read from its syntax tree. */
export function staticImports(code: string, fileName: string): string[] {
  const { program, errors } = parseSync(fileName, code, { sourceType: 'module', lang: 'js' });
  if (errors.length > 0) throw new Error(`${fileName} could not be read for the search page's preloads: ${errors[0]?.message}`);
  const body = (program as unknown as { body: { type: string; source?: { value: string } | null }[] }).body;
  return body
    .filter((s) => s.type === 'ImportDeclaration' || ((s.type === 'ExportNamedDeclaration' || s.type === 'ExportAllDeclaration') && s.source))
    .map((s) => s.source!.value)
    .filter((spec) => spec.startsWith('./'));
}

/**
 * Preloads of the modules the search page's own script imports, which the browser would otherwise ask for only
 * once the script has arrived: one round trip less before the search starts. Fails the build when the page has
 * no module script or its script imports nothing: the page has changed, and this is to be looked at again.
 */
export function scriptImports(site: string, base: string, html: string): string {
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  if (scripts.length === 0)
    throw new Error(
      `The search page has no module script to preload the imports of (src/integrations/search.ts, scriptImports): update or remove it`,
    );
  const links = scripts.flatMap((src) => {
    const code = readFileSync(join(site, src.slice(base.length)), 'utf8');
    return staticImports(code, src).map((spec) => `<link rel="modulepreload" href="${new URL(spec, `http://x${src}`).pathname}">`);
  });
  if (links.length === 0)
    throw new Error(`The search page's script imports no module (src/integrations/search.ts, scriptImports): update or remove the preloads`);
  return links.join('');
}

/**
 * Indexes the built site with Pagefind after the build, into dist/pagefind/. Pages mark what to
 * index with data-pagefind-body; the search page loads the index only when someone searches.
 */
export function search(): AstroIntegration {
  let base = '/';
  return {
    name: 'qmh:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Smaller index chunks than Pagefind's default (about 30 KB gzip): a first search fetches one chunk per
        // word searched for, so a few small chunks cost less than one large one. Measured by npm run bench, most
        // bytes of a first search on the real site: 114 KB with the default, 104 KB at 6,000, 91 KB at 2,000,
        // 86 KB at 1,500 (where the 1,004-page site's chunk list grows). The setting is marked unstable by
        // Pagefind 1.6; should it vanish, the bench's byte budget will say so.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_BYTES);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Search index: ${added.page_count} pages`);
        await close();
        const engine = join(site, 'pagefind/pagefind.js');
        const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { version: string };
        writeFileSync(engine, await minifiedEngine(quickerEngineWait(readFileSync(engine, 'utf8'), entry.version)));

        const page = join(site, SEARCH_PAGE);
        const html = readFileSync(page, 'utf8');
        if (!html.includes('</head>')) throw new Error(`${SEARCH_PAGE} has no </head> to put the search's preloads before`);
        const preloads = searchPreloads(`${base}pagefind/`, readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
        writeFileSync(page, html.replace('</head>', `${preloads}${scriptImports(site, base, html)}</head>`));
      },
    },
  };
}
