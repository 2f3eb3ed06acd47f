// Search timings and bytes, for npm run bench (tests/bench/run.mjs calls searchBench) or on its own:
//   node tests/bench/search.mjs            (the real site's dist/ must be built: npm run build)
//   SEARCH_BENCH_SITES=real node tests/bench/search.mjs     (the real site only)
// On the real site and on a generated site of 1,004 pages, from a cold browser each time: open a grid page,
// type words in the header's search box, press Enter, and time until the first result is shown; and add up
// what the first search fetched from Pagefind (engine, wasm, index chunks, fragments), as sent on the wire.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium as playwrightChromium } from '@playwright/test';
import { syntheticSite } from './syntheticSite.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** Enter to first results on a cold page; Starlight's first search fetches about 90 KB. */
export const searchBudgets = { firstResultsMs: 300, firstSearchKB: 90 };

/** Real phrases school staff type, and the criteria tests land on (tests/e2e/search.spec.ts). */
const realQueries = ['culture of open classes', 'mutual trust and respect among schools', 'NQT mentor training', 'parents', 'NPQH'];
/** On the generated site: words on 400 grid pages, words on one mark's pages, and a mark's name. */
const syntheticQueries = ['written account', 'mark 57 level three', 'synthetic mark 42'];
const RUNS = 3;

async function serve(dist, port) {
  const server = spawn(process.execPath, [join(root, 'tests/e2e/serveDist.mjs')], {
    env: { ...process.env, PORT: String(port), DIST_ROOT: dist },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`The static server for ${dist} did not start on port ${port}`);
}

/** One cold search: milliseconds from Enter to the first result, and bytes fetched from Pagefind. */
async function coldSearch(browser, origin, start, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${start}`);
  const box = page.getByRole('searchbox', { name: 'Search all marks' });
  await box.fill(query);
  const began = performance.now();
  await box.press('Enter');
  await page.locator('#search-results li').first().waitFor();
  const ms = performance.now() - began;
  const bytes = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/pagefind/'))
      .reduce((n, e) => n + e.encodedBodySize, 0),
  );
  await context.close();
  return { ms, bytes };
}

async function measure(browser, dist, start, queries, port) {
  const server = await serve(dist, port);
  try {
    const perQuery = [];
    for (const query of queries) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await coldSearch(browser, `http://127.0.0.1:${port}`, start, query));
      const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
      perQuery.push({ query, ms, bytes: Math.max(...runs.map((r) => r.bytes)) });
    }
    return perQuery;
  } finally {
    server.kill();
  }
}

function report(record, label, perQuery) {
  const slowest = perQuery.reduce((a, b) => (b.ms > a.ms ? b : a));
  const heaviest = perQuery.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const median = perQuery.map((q) => q.ms).sort((a, b) => a - b)[Math.floor(perQuery.length / 2)];
  const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
  record(
    `Search: Enter to first results, cold page, ${label}`,
    `median ${Math.round(median)} ms over ${perQuery.length} queries; slowest ${Math.round(slowest.ms)} ms (“${slowest.query}”)`,
    `${searchBudgets.firstResultsMs} ms`,
    slowest.ms <= searchBudgets.firstResultsMs,
  );
  record(
    `Search: bytes of the first search, ${label}`,
    `at most ${kb(heaviest.bytes)} (“${heaviest.query}”); ${perQuery.map((q) => kb(q.bytes)).join(', ')}`,
    `${searchBudgets.firstSearchKB} KB`,
    heaviest.bytes <= searchBudgets.firstSearchKB * 1024,
  );
}

/**
 * Measures search on the real site (its dist/, already built) and on a generated site of 1,004 pages
 * (built here, then removed), and records each figure with its budget through `record(what, value, budget, pass)`.
 */
export async function searchBench(record, { port = Number(process.env.SEARCH_BENCH_PORT ?? 4331), chromium } = {}) {
  const realDist = join(root, 'dist');
  if (!existsSync(join(realDist, 'pagefind'))) throw new Error('No dist/pagefind: build the site first (npm run build)');
  const browser = await playwrightChromium.launch({
    executablePath: chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    report(record, 'real site', await measure(browser, realDist, '/marks/wiltshire-lsqm/levels/bronze/', realQueries, port));
    if (process.env.SEARCH_BENCH_SITES === 'real') return;
    const dir = syntheticSite(100);
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, stdio: 'pipe' });
      report(record, '1,004 generated pages', await measure(browser, join(dir, 'dist'), '/marks/synthetic-50/levels/two/', syntheticQueries, port));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
}

// On its own: print the rows and exit 1 when a figure is over its budget.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = [];
  await searchBench((what, value, budget, pass) => rows.push({ what, value, budget, result: pass ? 'ok' : 'OVER' }));
  for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.budget} | ${r.result} |`);
  process.exit(rows.some((r) => r.result === 'OVER') ? 1 : 0);
}
