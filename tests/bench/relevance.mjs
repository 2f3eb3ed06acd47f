// The relevance table: what a teacher types, in a teacher's words, and the one criterion, rated item, requirement or
// guidance section they want. Run by npm run bench (tests/bench/search.mjs calls relevanceBench) or on its own:
//   node tests/bench/relevance.mjs          (the real site's dist/ must be built: npm run build)
//   RELEVANCE_VERBOSE=1 node tests/bench/relevance.mjs     (every query's first three results)
// Each query is typed into the search page, as a person would (src/pages/search.astro, with all marks), and the first
// three results' links are read: a hit is a link to the target's row (`#id`), or to its page when the target is a page.
// The bench fails below 90% of targets first and 100% within the first three.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium as playwrightChromium } from '@playwright/test';

const root = new URL('../../', import.meta.url).pathname;

export const relevanceBudgets = { top1: 0.9, top3: 1 };

const bronze = '/marks/wiltshire-lsqm/levels/bronze/';
const silver = '/marks/wiltshire-lsqm/levels/silver/';
const gold = '/marks/wiltshire-lsqm/levels/gold/';
const platinum = '/marks/wiltshire-lsqm/levels/platinum/';
const elements = '/marks/english-maths-qm/levels/quality-mark/';
const audit = '/marks/whmat-wellbeing/audit/';
const questionnaire = '/marks/whmat-wellbeing/questionnaire/';
const wqm = '/marks/wellbeing-qm/';

/** [what a teacher types, where it should land]. The first five are the issue's own (issue 26). */
export const relevanceQueries = [
  ['trust', `${silver}#cluster-1`],
  ['impact of CPD', `${bronze}#flt-3-middle`],
  ['pupil voice', `${audit}#item-pupil-voice`],
  ['delegation', `${bronze}#dlt-2-senior`],
  ['culture of open classes', `${bronze}#flt-2-middle`],
  // Bronze: distributed leadership, in the words a head or middle leader would use.
  ['promoting CPD', `${bronze}#flt-3-middle`],
  ['continuing professional development', `${bronze}#flt-3-middle`],
  ['practitioner research', `${bronze}#flt-2-senior`],
  ['emotional intelligence', `${bronze}#gpr-1-middle`],
  ['praise middle leaders', `${bronze}#gpr-1-senior`],
  ['time to reflect on practice', `${bronze}#gpr-3-senior`],
  ['learn from mistakes', `${bronze}#gpr-3-middle`],
  ['shared vision', `${bronze}#pcv-1-senior`],
  ['displays for learning', `${bronze}#ite-3-middle`],
  ['link governor', `${bronze}#cd-2-middle`],
  ['release time to collaborate', `${bronze}#cd-2-senior`],
  ['job descriptions', `${bronze}#dlt-1-senior`],
  ['letters to parents', `${bronze}#dlt-3-middle`],
  ['staff on interview panels', `${bronze}#dlt-3-senior`],
  ['local businesses', `${bronze}#ec-1-middle`],
  ['organise parent workshops', `${bronze}#ec-3-middle`],
  ['celebrate innovation', `${bronze}#ci-2-senior`],
  ['overloading middle leaders', `${bronze}#flt-3-senior`],
  // Silver: the cluster statements.
  ['feedback on performance', `${silver}#cluster-7`],
  ['taking risks', `${silver}#cluster-6`],
  ['best practice in succession planning', `${silver}#cluster-12`],
  ['roles in the collaboration', `${silver}#cluster-2`],
  ['cluster action plan', `${silver}#requirement-silver-cluster-action-plan`],
  // Gold and Platinum: activities by role.
  ['NQT mentor training', `${gold}#gold-middle-leadership-5`],
  ['headteacher induction', `${gold}#gold-deputy-new-head-7`],
  ['school business managers', `${gold}#gold-leadership-team-8`],
  ['SENCO network', `${gold}#gold-leadership-team-2`],
  ['Ofsted inspector training', `${platinum}#platinum-experienced-head-11`],
  ['national leader of education', `${platinum}#platinum-experienced-head-4`],
  ['PhD', `${platinum}#platinum-experienced-head-14`],
  ['NPQH training', `${platinum}#platinum-deputy-new-head-1`],
  // English and mathematics: the 10 elements.
  ['target setting', `${elements}#element-3`],
  ['intervention for groups of pupils', `${elements}#element-4`],
  ['involving parents in mathematics', `${elements}#element-9`],
  ['improving staff skills in English', `${elements}#element-6`],
  ['teaching resources', `${elements}#element-8`],
  // WHMAT: the audit's rated items.
  ['staff stress', `${audit}#item-staff-wellbeing`],
  ['whole-school thinking', `${audit}#item-whole-school-thinking`],
  ['wellbeing policies', `${audit}#item-supportive-policies`],
  ['parents and families participate', `${audit}#item-family-participation`],
  ['mental health triggers', `${audit}#item-triggers`],
  ['connectedness', `${audit}#item-connectedness`],
  ['staff development for emotional wellbeing', `${audit}#item-professional-learning`],
  // WHMAT: the staff questionnaire's questions, asked for as a question staff answer.
  ['staff questionnaire pupil voice', `${questionnaire}#item-pupil-voice`],
  ['questionnaire question on staff stress', `${questionnaire}#item-staff-wellbeing`],
  ['staff questionnaire connectedness', `${questionnaire}#item-connectedness`],
  ['questionnaire mental health triggers', `${questionnaire}#item-triggers`],
  ['staff questionnaire on policies', `${questionnaire}#item-supportive-policies`],
  // Wellbeing Quality Mark: stages.
  ['anonymous surveys of parents', `${wqm}levels/champion/#champion-surveys`],
  ['Beacon school', `${wqm}levels/beacon/`],
  // Guidance sections.
  ['how long does the award last', '/marks/wiltshire-lsqm/assessment/#how-long-does-the-award-last'],
  ['who assesses the school', '/marks/wiltshire-lsqm/assessment/#who-assesses-a-school'],
  ['best fit', '/marks/wiltshire-lsqm/levels/#best-fit'],
];

async function serve(port) {
  const server = spawn(process.execPath, [join(root, 'tests/e2e/serveDist.mjs')], {
    env: { ...process.env, PORT: String(port), DIST_ROOT: join(root, 'dist') },
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
  throw new Error(`The static server did not start on port ${port}`);
}

/** A result's link as a place: its path and row, without the text fragment. */
export const place = (href) => {
  const url = new URL(href, 'http://x');
  const hash = url.hash.replace(/:~:.*$/, '').replace(/^#$/, '');
  return `${url.pathname}${hash}`;
};

/** Whether a result's place is the target: the row itself, or the page when the target is a page. */
export const hits = (found, target) => (target.includes('#') ? found === target : found.replace(/#.*$/, '') === target);

/**
 * The first three results' places for each query, typed into the search page of the site served at `origin` and sent
 * with Enter, one after another on one page. `ranking`: Pagefind ranking options to try instead of the page's own (to
 * measure them: RELEVANCE_RANKING='{"pageLength":0.5}' node tests/bench/relevance.mjs).
 */
export async function rankQueries(browser, origin, queries = relevanceQueries, ranking = undefined) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const rows = [];
  try {
    await page.goto(`${origin}/search/`);
    if (ranking) await page.evaluate(async (r) => (await window.qmhSearchEngine).options({ ranking: r }), ranking);
    const box = page.locator('#search-query');
    for (const [query, target] of queries) {
      await box.fill(query);
      await box.press('Enter');
      await page.waitForFunction((q) => {
        const status = document.querySelector('#search-status')?.textContent ?? '';
        return status.includes(`“${q}”`);
      }, query);
      const found = await page.$$eval('#search-results > li .search-result__link', (links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
      const places = found.map(place);
      const at = places.findIndex((p) => hits(p, target));
      rows.push({ query, target, places, at });
    }
  } finally {
    await context.close();
  }
  return rows;
}

/** Records the table's two rates through `record(what, value, budget, pass)`; returns the rows. */
export async function relevanceBench(record, { port = Number(process.env.SEARCH_BENCH_PORT ?? 4331) + 1, chromium, browser: given } = {}) {
  if (!existsSync(join(root, 'dist/pagefind'))) throw new Error('No dist/pagefind: build the site first (npm run build)');
  const browser =
    given ??
    (await playwrightChromium.launch({
      executablePath: chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }));
  const server = await serve(port);
  try {
    const ranking = process.env.RELEVANCE_RANKING ? JSON.parse(process.env.RELEVANCE_RANKING) : undefined;
    const rows = await rankQueries(browser, `http://127.0.0.1:${port}`, relevanceQueries, ranking);
    const top1 = rows.filter((r) => r.at === 0).length / rows.length;
    const top3 = rows.filter((r) => r.at >= 0).length / rows.length;
    const misses = (rank) => rows.filter((r) => (rank === 1 ? r.at !== 0 : r.at < 0)).map((r) => `“${r.query}”`);
    const pct = (x) => `${Math.round(x * 1000) / 10}%`;
    record(
      `Search relevance: target first, ${rows.length} teachers' queries`,
      `${pct(top1)}${top1 < 1 ? `; not first: ${misses(1).join(', ')}` : ''}`,
      `at least ${pct(relevanceBudgets.top1)}`,
      top1 >= relevanceBudgets.top1,
    );
    record(
      `Search relevance: target in the first three, ${rows.length} teachers' queries`,
      `${pct(top3)}${top3 < 1 ? `; missed: ${misses(3).join(', ')}` : ''}`,
      pct(relevanceBudgets.top3),
      top3 >= relevanceBudgets.top3,
    );
    return rows;
  } finally {
    server.kill();
    if (!given) await browser.close();
  }
}

// On its own: the table of queries, then the two rates; exit 1 when a rate is under its floor.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = [];
  const rows = await relevanceBench((what, value, budget, pass) => out.push({ what, value, budget, result: pass ? 'ok' : 'UNDER' }));
  console.log('| query | target | rank | first result |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) {
    const first = r.places[0] ?? '(none)';
    console.log(`| ${r.query} | ${r.target} | ${r.at >= 0 ? r.at + 1 : '-'} | ${r.at === 0 ? '' : first} |`);
    if (process.env.RELEVANCE_VERBOSE) for (const p of r.places.slice(1)) console.log(`|  |  |  | ${p} |`);
  }
  console.log();
  for (const r of out) console.log(`| ${r.what} | ${r.value} | ${r.budget} | ${r.result} |`);
  process.exit(out.some((r) => r.result !== 'ok') ? 1 : 0);
}
