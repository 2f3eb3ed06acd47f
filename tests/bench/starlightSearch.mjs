// The first search as a ratio to Starlight's (tests/budgets.mjs), for npm run bench: the same queries, cold pages, on this
// site's Bronze grid page and on Starlight's page of the same grid, with Starlight's own Pagefind UI (its header's Search
// button, a dialog that searches as you type) on its build of the Bronze grid (starlightSite.mjs), served by the same
// static server. Each is timed in the browser from the moment the query is complete to the frame that shows the first
// result: here the Enter key's event (search.mjs's coldSearch); on Starlight the input event that carries the whole
// query, then Pagefind UI's own wait for more typing (300 ms by default, which Starlight keeps) and its search.
import { serve, coldSearch } from './search.mjs';

/** Phrases of the Bronze grid, which both sites hold; each finds its statement on both. */
export const sharedQueries = ['culture of open classes', 'emotional intelligence', 'reading group', 'work-life balance', 'parents'];
const RUNS = Number(process.env.STARLIGHT_SEARCH_RUNS ?? 5);

/** Runs in Starlight's page before its scripts: when the whole query was typed, and the frame that first shows a result. */
function instrument() {
  addEventListener(
    'input',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.matches('.pagefind-ui__search-input')) window.benchInput = performance.now();
    },
    true,
  );
  window.benchShown = new Promise((resolve) => {
    // Pagefind UI first shows placeholders; a result's link appears once its fragment is loaded.
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.pagefind-ui__result-link')) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(document, { subtree: true, childList: true });
  });
}

/** One cold search on Starlight's page: open its search dialog, type the query at once, ms until the first result shows. */
async function starlightColdSearch(browser, url, query) {
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const page = await context.newPage();
  if (!(await page.goto(url))?.ok()) throw new Error(`${url} did not load`);
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('.pagefind-ui__search-input');
  await input.waitFor(); // Starlight makes its Pagefind UI when the browser is idle after load
  await input.fill(query);
  const ms = await page.evaluate(async () => (await window.benchShown) - window.benchInput);
  await context.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The median over `sharedQueries` of each query's median of five cold first searches, on this site (`dist`, from its
 * Bronze grid page) and on Starlight's (`starlightDist`, from its first page), in ms, with each query's figures.
 */
export async function firstSearchBesideStarlight(browser, { dist, starlightDist, port }) {
  const perQuery = [];
  const ours = await serve(dist, port);
  const theirs = await serve(starlightDist, port + 1, '/page-1/').catch((error) => {
    ours.kill();
    throw error;
  });
  try {
    for (const query of sharedQueries) {
      const here = [];
      const there = [];
      // Interleaved, so a busy moment of the machine falls on both.
      for (let i = 0; i < RUNS; i++) {
        here.push((await coldSearch(browser, `http://127.0.0.1:${port}`, '/marks/wiltshire-lsqm/levels/bronze/', query)).ms);
        there.push(await starlightColdSearch(browser, `http://127.0.0.1:${port + 1}/page-1/`, query));
      }
      perQuery.push({ query, ms: median(here), starlightMs: median(there) });
    }
  } finally {
    ours.kill();
    theirs.kill();
  }
  return { ms: median(perQuery.map((q) => q.ms)), starlightMs: median(perQuery.map((q) => q.starlightMs)), perQuery };
}
