// The longest task on a tool page's main thread, at 4x CPU slowdown (an old school laptop): during
// load until the tool has hydrated and the page is quiet, and after each click on an answer.
// Every task is read from a Chromium trace (RunTask on the renderer's main thread), so the figure is
// the real longest task, not only those over the Long Tasks API's 50 ms. The page is driven through the
// DevTools protocol alone (cdp.mjs: a tiny Runtime.evaluate, real mouse events), not Playwright: its
// locators inject a large script whose compiling would be counted as the page's own work, and the Runtime
// domain it enables makes React DOM's start 50-60 ms slower than in a reader's browser (see cdp.mjs).
import { newPage, traced } from './cdp.mjs';

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'];

// Trace events of the page's JavaScript: scripts and modules compiled and evaluated, callbacks called (events,
// timers, idle and animation-frame callbacks), promise jobs. They nest; overlapping ones are counted once.
const scriptEvents = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'v8.compileModule']);

/** The total length of `intervals` ([start, end] pairs) counting overlaps once. */
function covered(intervals) {
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/**
 * The tasks on the renderer main threads of a trace, each as `{ whole, own, script }` ms. With `pageUrl` (the URL
 * loaded while tracing), only those still running once that page's HTML starts to be parsed: `whole` is the
 * task as the reader sits through it; `own` leaves out what ran before the parse began in the same task (the
 * browser committing the navigation and creating the window, which no page can change). `script` is the part
 * of the task spent running the page's JavaScript; the rest is the browser's own work on the page, such as
 * laying out its HTML, which a page without scripts has too. Without `pageUrl`, every task counts in full.
 * Only the renderer of the page counts (`pids`, or the one that parsed `pageUrl`): the trace covers the whole
 * browser, whose own pages (chrome://omnibox-popup and the like) run in renderers of their own.
 * Returns the tasks and the renderer's process ids, for the traces of clicks on the same page.
 */
function taskDurations(trace, { pageUrl, pids = new Set() }) {
  const { traceEvents } = JSON.parse(trace);
  const rendererMain = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's own parse, not that of the blank document a new tab starts with.
  const parses = pageUrl
    ? traceEvents.filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl && rendererMain.has(`${e.pid}:${e.tid}`))
    : [];
  if (pageUrl && parses.length === 0) throw new Error(`The trace has no ParseHTML event for ${pageUrl}: the page was not loaded while tracing`);
  const sitePids = new Set([...pids, ...parses.map((e) => e.pid)]);
  const main = new Set([...rendererMain].filter((thread) => sitePids.has(Number(thread.split(':')[0]))));
  const onMain = traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const parse = pageUrl ? Math.min(...parses.map((e) => e.ts)) : -Infinity;
  const scripts = onMain.filter((e) => scriptEvents.has(e.name));
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.ts + e.dur > parse)
    .map((task) => {
      const end = task.ts + task.dur;
      const inTask = scripts
        .filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end)
        .map((e) => [e.ts, Math.min(e.ts + e.dur, end)]);
      return { whole: task.dur / 1000, own: (end - Math.max(task.ts, parse)) / 1000, script: covered(inTask) / 1000 };
    });
  return { tasks, pids: sitePids };
}

async function tracedTasks(cdp, action, options) {
  return taskDurations(await traced(cdp, categories, action), options);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Loads `url` at `rate`x CPU slowdown in a new browser context of `cdp` (a connection from cdp.mjs), then clicks
 * `clicks` answers (inputs matched by `answers`, spread over the form; on a tool with a task list, its first area,
 * `open`, is opened by a click first). With `from`, another address on the same site is loaded first in the same
 * tab, untraced, as a reader arrives at a tool from the mark's pages: the browser's per-process caches (fonts
 * matched, the stylesheet) are then warm, as for every page after a visit's first. The whole
 * task (`load`) may then include the browser putting away the page before; `loadOwn` leaves that out. `ready` is what
 * the load waits for before the page is watched for 1.5 s more: the hydrated tool by default, nothing (null) for
 * a page without one. Returns the longest task during load (`load`, whole tasks; `loadOwn`, from the page's
 * parse; `loadScript`, the most time the page's JavaScript took in one task; see taskDurations) and after any
 * click (`click`, `clickScript`), in ms.
 */
export async function longTasks(
  cdp,
  url,
  {
    rate = 4,
    clicks = 6,
    answers = '[data-hydrated] input[type=radio], [data-hydrated] input[type=checkbox]',
    open = '[data-hydrated] .task-list__link',
    from = undefined,
    ready = '[data-hydrated]',
  } = {},
) {
  const page = await newPage(cdp);
  const { evaluate } = page;
  await page.send('Emulation.setCPUThrottlingRate', { rate });
  if (from) {
    await page.goto(new URL(from, url).href);
    await sleep(500);
  }
  const { tasks: load, pids } = await tracedTasks(
    cdp,
    async () => {
      await page.goto(url);
      for (let waited = 0; ready && !(await evaluate(`!!document.querySelector(${JSON.stringify(ready)})`)); waited += 100) {
        if (waited > 30_000) throw new Error(`${url} did not show ${ready}`);
        await sleep(100);
      }
      await sleep(1500); // whatever hydration leaves to do when idle
    },
    { pageUrl: url },
  );
  /** A real click in the middle of the `index`th element matching `selector`, scrolled into view first; its tasks. */
  const click = async (selector, index) => {
    const { x, y } = await evaluate(
      `(() => { const el = document.querySelectorAll(${JSON.stringify(selector)})[${index}]; el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    );
    await sleep(500);
    const { tasks } = await tracedTasks(
      cdp,
      async () => {
        await page.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
        await page.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
        await sleep(600);
      },
      { pids },
    );
    return tasks;
  };
  const perClick = [];
  const answerCount = () => evaluate(`document.querySelectorAll(${JSON.stringify(answers)}).length`);
  // A tool with a task list shows its areas first: opening the first area is a click of its own, timed as the others.
  if (clicks > 0 && (await answerCount()) === 0 && (await evaluate(`!!document.querySelector(${JSON.stringify(open)})`))) {
    perClick.push(await click(open, 0));
    if ((await answerCount()) === 0) throw new Error(`${url}: opening ${open} showed no answers to click`);
  }
  const count = await answerCount();
  for (let i = 0; i < clicks && count > 0; i++) {
    const index = Math.floor((i * count) / clicks);
    const tasks = await click(answers, index);
    if (!(await evaluate(`document.querySelectorAll(${JSON.stringify(answers)})[${index}].checked`)))
      throw new Error(`${url}: a click did not reach answer ${index}`);
    perClick.push(tasks);
  }
  await page.close();
  const longest = (tasks, part) => Math.max(0, ...tasks.map((t) => t[part]));
  return {
    load: longest(load, 'whole'),
    loadOwn: longest(load, 'own'),
    loadScript: longest(load, 'script'),
    click: longest(perClick.flat(), 'whole'),
    clickScript: longest(perClick.flat(), 'script'),
    clicks: perClick.length,
  };
}
