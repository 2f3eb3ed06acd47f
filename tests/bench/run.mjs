// npm run bench: timings with budgets, printed as a table. Never part of npm test.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium as playwrightChromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { PAGES_PER_MARK, SITE_PAGES, syntheticSite } from './syntheticSite.mjs';

const root = new URL('../../', import.meta.url).pathname;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rows = [];
let failed = false;

function record(what, value, budget, pass) {
  rows.push({ what, value, budget: budget ?? '', result: budget === undefined ? '' : pass ? 'ok' : 'OVER' });
  if (budget !== undefined && !pass) failed = true;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
function folderBytes(dir) {
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}
function timedBuild(cwd, outDir) {
  const start = performance.now();
  execFileSync(process.execPath, [astro, 'build', '--outDir', outDir], { cwd, stdio: 'pipe' });
  return performance.now() - start;
}

// 1. Build time of the real site.
const realOut = join(root, 'dist');
const realMs = process.env.LIGHTHOUSE_ONLY ? 0 : timedBuild(root, realOut);
record(
  'Build: the real site',
  `${seconds(realMs)}, search index ${(folderBytes(join(realOut, 'pagefind')) / 1024).toFixed(0)} KB`,
  '60 s',
  realMs < 60_000,
);

// 2. Build time and output size of generated sites.
if (!process.env.LIGHTHOUSE_ONLY)
  for (const marks of [1, 10, 100]) {
    const dir = syntheticSite(marks);
    const out = join(dir, 'dist');
    const ms = timedBuild(dir, out);
    const pages = marks * PAGES_PER_MARK + SITE_PAGES;
    const budgetMs = 15_000 + pages * 50; // well above today's figures; a jump means something went quadratic
    record(
      `Build: ${pages} generated pages`,
      `${seconds(ms)}, ${(folderBytes(out) / 1024 / 1024).toFixed(1)} MB out, search index ${(folderBytes(join(out, 'pagefind')) / 1024).toFixed(0)} KB`,
      seconds(budgetMs),
      ms < budgetMs,
    );
    rmSync(dir, { recursive: true, force: true });
  }

if (!process.env.LIGHTHOUSE_ONLY) await (await import('./combine.mjs')).benchCombine(record);
// 3. Lighthouse, mobile defaults, on one page of each kind, served from dist/ as a static host would.
const port = 4330;
const server = spawn(process.execPath, [join(root, 'tests/e2e/serveDist.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
const debugPort = 9333;
const chrome = spawn(
  chromium,
  [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--remote-debugging-port=${debugPort}`,
    '--user-data-dir=/tmp/qmh-lighthouse-profile',
    'about:blank',
  ],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 2500));
const pages = {
  home: '/',
  guidance: '/marks/wiltshire-lsqm/assessment/',
  grid: '/marks/wiltshire-lsqm/levels/bronze/',
  tool: '/marks/wiltshire-lsqm/levels/bronze/self-assessment/',
};
try {
  for (const [kind, path] of Object.entries(pages)) {
    // Lighthouse's timings vary run to run on a busy machine: take the median of three by performance.
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const { lhr } = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: debugPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push(lhr);
    }
    const lhr = runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score)[1];
    const cats = lhr.categories;
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => cats[c].score);
    const lcp = lhr.audits['largest-contentful-paint'].displayValue;
    record(
      `Lighthouse (mobile): ${kind} ${path}`,
      `${scores.map((s) => s.toFixed(2)).join(' / ')} (LCP ${lcp})`,
      '1.00 each',
      scores.every((s) => s >= 1),
    );
    // Name what cost the points, so a miss can be acted on.
    const misses = Object.values(cats)
      .flatMap((c) => c.auditRefs.filter((a) => a.weight > 0).map((a) => lhr.audits[a.id]))
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => `${a.id} ${a.displayValue ?? a.score}`);
    if (misses.length > 0) console.log(`  ${kind}: ${misses.join('; ')}`);
  }
  // 4. Search: from submitting the header box on a cold grid page to the first results, median of five.
  const browser = await playwrightChromium.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext(); // a cold cache each time
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}${pages.grid}`);
    await page.getByRole('searchbox', { name: 'Search all marks' }).fill('distributed leadership');
    const start = performance.now();
    await page.getByRole('searchbox', { name: 'Search all marks' }).press('Enter');
    await page.locator('#search-results li').first().waitFor();
    times.push(performance.now() - start);
    await context.close();
  }
  await browser.close();
  const median = times.sort((a, b) => a - b)[2];
  record('Search: submit to first results, cold page (localhost)', `${Math.round(median)} ms`, '1000 ms', median < 1000);
} finally {
  chrome.kill();
  server.kill();
}

const width = (key) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
const line = (r) => `| ${['what', 'value', 'budget', 'result'].map((k) => String(r[k]).padEnd(width(k))).join(' | ')} |`;
console.log(line({ what: 'what', value: 'measured', budget: 'budget', result: 'result' }));
console.log(`|${['what', 'value', 'budget', 'result'].map((k) => '-'.repeat(width(k) + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('(Lighthouse scores: performance / accessibility / best practices / SEO)');
process.exit(failed ? 1 : 0);
