// Search timings and bytes, for npm run bench (tests/bench/run.mjs calls searchBench) or on its own:
//   node tests/bench/search.mjs            (the real site's dist/ must be built: npm run build)
//   SEARCH_BENCH_SITES=real node tests/bench/search.mjs     (the real site only)
// On the real site and on a generated site of about 1,000 pages (1,013), from a cold browser each time: open a grid page,
// type words in the header's search box, press Enter, and time until the first result is shown (read in the
// browser, from the Enter key's event to the frame that shows the result), with when each step ended; and add
// up what the first search fetched from Pagefind (engine, wasm, index chunks, fragments), as sent on the wire.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium as playwrightChromium } from '@playwright/test';
import { bytes } from '../budgets.mjs';
import { relevanceBench } from './relevance.mjs';
import { PAGES_PER_MARK, SITE_PAGES, syntheticSite } from './syntheticSite.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** Real phrases school staff type, and the criteria tests land on (tests/e2e/search.spec.ts). */
const realQueries = ['culture of open classes', 'mutual trust and respect among schools', 'NQT mentor training', 'parents', 'NPQH'];
/** On the generated site: words on 400 grid pages, words on one mark's pages, and a mark's name. */
const syntheticQueries = ['written account', 'mark 27 level three', 'synthetic mark 42'];
/** Marks of the generated site: about 1,000 pages (the measure), as run.mjs's middle site. */
const SYNTHETIC_MARKS = 53;
const syntheticLabel = `${(SYNTHETIC_MARKS * PAGES_PER_MARK + SITE_PAGES).toLocaleString('en-GB')} generated pages`;
// Five cold searches a query, its median kept: on this 2-core machine one run varies by ±40 ms.
const RUNS = 5;

export async function serve(dist, port, probe = '/') {
  const server = spawn(process.execPath, [join(root, 'tests/e2e/serveDist.mjs')], {
    env: { ...process.env, PORT: String(port), DIST_ROOT: dist },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${probe}`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`The static server for ${dist} did not start on port ${port}`);
}

/**
 * Runs in every page of a bench context, before the page's own scripts. On the page searched from, it keeps the time of
 * the Enter key's event; on the search page, `window.benchShown` resolves with the time of the frame that first shows
 * a result. Both are read in the browser, so the figure is what a person waits for: Playwright's own work (its injected
 * script, 25 to 50 ms of the search page's main thread, and its polling) stays out of it.
 */
function instrument() {
  addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') sessionStorage.setItem('bench:enter', String(performance.timeOrigin + event.timeStamp));
    },
    true,
  );
  window.benchShown = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('#search-results li')) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
    });
    observer.observe(document, { subtree: true, childList: true });
  });
}

/** The steps of a first search, in ms after Enter: the search page received, the engine's files, the search asked, the
 * index chunks, the results found, the first fragment, the first result shown. */
export const searchPhases = ['page', 'engine', 'asked', 'index', 'found', 'fragment', 'shown'];

/** One cold search: milliseconds from Enter to the first result shown, when each step ended, and bytes fetched from Pagefind. */
export async function coldSearch(browser, origin, start, query) {
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(`${origin}${start}`);
  await page.getByRole('searchbox', { name: 'Search all marks' }).fill(query);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?/, { waitUntil: 'commit' });
  const result = await page.evaluate(async () => {
    const shown = await window.benchShown;
    const enter = Number(sessionStorage.getItem('bench:enter'));
    const after = (t) => Math.round(performance.timeOrigin + t - enter);
    const resources = performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/'));
    const ended = (pattern, pick) => {
      const times = resources.filter((e) => pattern.test(e.name)).map((e) => e.responseEnd);
      return times.length > 0 ? after(pick(...times)) : null;
    };
    const mark = (name) => {
      const entry = performance.getEntriesByName(name)[0];
      return entry ? after(entry.startTime) : null;
    };
    return {
      ms: shown - enter,
      bytes: resources.reduce((n, e) => n + e.encodedBodySize, 0),
      phases: {
        page: after(performance.getEntriesByType('navigation')[0].responseEnd),
        engine: ended(/pagefind\.js|wasm\.|pf_meta|pagefind-entry/, Math.max),
        asked: mark('qmh-search:asked'),
        index: ended(/\.pf_index/, Math.max),
        found: mark('qmh-search:found'),
        fragment: ended(/\.pf_fragment/, Math.min),
        shown: Math.round(shown - enter),
      },
    };
  });
  await context.close();
  return result;
}

async function measure(browser, dist, start, queries, port) {
  const server = await serve(dist, port);
  try {
    const perQuery = [];
    for (const query of queries) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await coldSearch(browser, `http://127.0.0.1:${port}`, start, query));
      const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
      perQuery.push({ query, ms, bytes: Math.max(...runs.map((r) => r.bytes)), phases: runs.map((r) => r.phases) });
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
    // A time moves between machines: its budget is the ratio to Starlight's first search (starlightSearch.mjs).
    '—',
    true,
  );
  // Where the time goes: each step's median over every run of every query (a step the search had no need of is left out).
  const steps = searchPhases.map((phase) => {
    const times = perQuery.flatMap((q) => q.phases.map((p) => p[phase])).filter((t) => t !== null);
    return times.length > 0 ? `${phase} ${times.sort((a, b) => a - b)[Math.floor(times.length / 2)]}` : null;
  });
  record(`Search: when each step ended, ms after Enter (medians), ${label}`, steps.filter(Boolean).join(' · '), '—', true);
  record(
    `Search: bytes of the first search, ${label}`,
    `at most ${kb(heaviest.bytes)} (“${heaviest.query}”); ${perQuery.map((q) => kb(q.bytes)).join(', ')}`,
    kb(bytes.firstSearch),
    heaviest.bytes <= bytes.firstSearch,
  );
}

/**
 * Measures search on the real site (its dist/, already built) and on a generated site of about 1,000 pages (1,013)
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
    // The relevance table (tests/bench/relevance.mjs): teachers' queries and the criterion each should find.
    await relevanceBench(record, { port: port + 1, browser });
    if (process.env.SEARCH_BENCH_SITES === 'real') return;
    const dir = syntheticSite(SYNTHETIC_MARKS);
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, stdio: 'pipe' });
      report(record, syntheticLabel, await measure(browser, join(dir, 'dist'), '/marks/synthetic-50/levels/two/', syntheticQueries, port));
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
