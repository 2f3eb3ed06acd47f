// The longest task on a tool page's main thread, at 4x CPU slowdown (an old school laptop): during
// load until the tool has hydrated and the page is quiet, and after each click on an answer.
// Every task is read from a Chromium trace (RunTask on the renderer's main thread), so the figure is
// the real longest task, not only those over the Long Tasks API's 50 ms. While tracing, the page is
// driven through the DevTools protocol alone (a tiny Runtime.evaluate, real mouse events):
// Playwright's locators inject a large script into the page, whose compiling would be counted as
// the page's own work.

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
 */
function taskDurations(buffer, pageUrl) {
  const { traceEvents } = JSON.parse(buffer.toString());
  const main = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  // The page's own parse, not that of the blank document a new tab starts with.
  const parses = pageUrl ? onMain.filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl) : [];
  if (pageUrl && parses.length === 0) throw new Error(`The trace has no ParseHTML event for ${pageUrl}: the page was not loaded while tracing`);
  const parse = pageUrl ? Math.min(...parses.map((e) => e.ts)) : -Infinity;
  const scripts = onMain.filter((e) => scriptEvents.has(e.name));
  return onMain
    .filter((e) => e.name === 'RunTask' && e.ts + e.dur > parse)
    .map((task) => {
      const end = task.ts + task.dur;
      const inTask = scripts
        .filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end)
        .map((e) => [e.ts, Math.min(e.ts + e.dur, end)]);
      return { whole: task.dur / 1000, own: (end - Math.max(task.ts, parse)) / 1000, script: covered(inTask) / 1000 };
    });
}

async function traced(browser, page, action, loaded) {
  await browser.startTracing(page, { categories });
  await action();
  return taskDurations(await browser.stopTracing(), loaded);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Loads `url` at `rate`x CPU slowdown in a new context of `browser`, then clicks `clicks` answers
 * (inputs matched by `answers`, spread over the form). With `from`, another address on the same site is loaded
 * first in the same tab, untraced, as a reader arrives at a tool from the mark's pages: the browser's per-process
 * caches (fonts matched, the stylesheet) are then warm, as for every page after a visit's first. The whole
 * task (`load`) may then include the browser putting away the page before; `loadOwn` leaves that out. `ready` is what
 * the load waits for before the page is watched for 1.5 s more: the hydrated tool by default, nothing (null) for
 * a page without one. Returns the longest task during load (`load`, whole tasks; `loadOwn`, from the page's
 * parse; `loadScript`, the most time the page's JavaScript took in one task; see taskDurations) and after any
 * click (`click`, `clickScript`), in ms.
 */
export async function longTasks(
  browser,
  url,
  {
    rate = 4,
    clicks = 6,
    answers = '[data-hydrated] input[type=radio], [data-hydrated] input[type=checkbox]',
    from = undefined,
    ready = '[data-hydrated]',
  } = {},
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const evaluate = async (expression) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (from) {
    const before = new URL(from, url).href;
    if (!(await page.goto(before, { waitUntil: 'load' }))?.ok()) throw new Error(`${before} did not load`);
    await sleep(500);
  }
  const load = await traced(
    browser,
    page,
    async () => {
      // A missing page would be timed as the server's 404 page.
      if (!(await page.goto(url, { waitUntil: 'load' }))?.ok()) throw new Error(`${url} did not load`);
      for (let waited = 0; ready && !(await evaluate(`!!document.querySelector(${JSON.stringify(ready)})`)); waited += 100) {
        if (waited > 30_000) throw new Error(`${url} did not show ${ready}`);
        await sleep(100);
      }
      await sleep(1500); // whatever hydration leaves to do when idle
    },
    url,
  );
  const count = await evaluate(`document.querySelectorAll(${JSON.stringify(answers)}).length`);
  const perClick = [];
  for (let i = 0; i < clicks && count > 0; i++) {
    const index = Math.floor((i * count) / clicks);
    // Scroll the answer into view and find its middle, before tracing.
    const { x, y } = await evaluate(
      `(() => { const el = document.querySelectorAll(${JSON.stringify(answers)})[${index}]; el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    );
    await sleep(500);
    const tasks = await traced(browser, page, async () => {
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
      await sleep(600);
    });
    if (!(await evaluate(`document.querySelectorAll(${JSON.stringify(answers)})[${index}].checked`)))
      throw new Error(`${url}: a click did not reach answer ${index}`);
    perClick.push(tasks);
  }
  await context.close();
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
