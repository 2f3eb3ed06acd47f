// The longest task on a tool page's main thread, at 4x CPU slowdown (an old school laptop): during
// load until the tool has hydrated and the page is quiet, and after each click on an answer.
// Every task is read from a Chromium trace (RunTask on the renderer's main thread), so the figure is
// the real longest task, not only those over the Long Tasks API's 50 ms. While tracing, the page is
// driven through the DevTools protocol alone (a tiny Runtime.evaluate, real mouse events):
// Playwright's locators inject a large script into the page, whose compiling would be counted as
// the page's own work.

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'];

/**
 * The tasks on the renderer main threads of a trace, each as `{ whole, own }` ms. With `fromParse`, only
 * those still running once the page's HTML starts to be parsed: `whole` is the task as the reader sits
 * through it; `own` leaves out what ran before the parse began in the same task (the browser committing
 * the navigation: unloading the blank page, creating the window, 60 to 140 ms at 4x on this machine
 * even for an empty page, which no page can change). Without `fromParse`, both are the whole task.
 */
function taskDurations(buffer, fromParse = false) {
  const { traceEvents } = JSON.parse(buffer.toString());
  const main = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const parses = onMain.filter((e) => e.name === 'ParseHTML');
  if (fromParse && parses.length === 0) throw new Error('The trace has no ParseHTML event: the page was not loaded while tracing');
  const parse = fromParse ? Math.min(...parses.map((e) => e.ts)) : -Infinity;
  return onMain
    .filter((e) => e.name === 'RunTask' && e.ts + e.dur > parse)
    .map((e) => ({ whole: e.dur / 1000, own: (e.ts + e.dur - Math.max(e.ts, parse)) / 1000 }));
}

async function traced(browser, page, action, fromParse) {
  await browser.startTracing(page, { categories });
  await action();
  return taskDurations(await browser.stopTracing(), fromParse);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Loads `url` at `rate`x CPU slowdown in a new context of `browser`, then clicks `clicks` answers
 * (inputs matched by `answers`, spread over the form). Returns the longest task during load (`load`, whole
 * tasks; `loadOwn`, the page's own work, see taskDurations) and after any click, in ms.
 */
export async function longTasks(
  browser,
  url,
  { rate = 4, clicks = 6, answers = '[data-hydrated] input[type=radio], [data-hydrated] input[type=checkbox]' } = {},
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const evaluate = async (expression) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const load = await traced(
    browser,
    page,
    async () => {
      await page.goto(url, { waitUntil: 'load' });
      for (let waited = 0; !(await evaluate(`!!document.querySelector('[data-hydrated]')`)); waited += 100) {
        if (waited > 30_000) throw new Error(`${url} did not hydrate`);
        await sleep(100);
      }
      await sleep(1500); // whatever hydration leaves to do when idle
    },
    true,
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
    perClick.push(Math.max(0, ...tasks.map((t) => t.whole)));
  }
  await context.close();
  return {
    load: Math.max(0, ...load.map((t) => t.whole)),
    loadOwn: Math.max(0, ...load.map((t) => t.own)),
    click: Math.max(0, ...perClick),
    clicks: perClick.length,
  };
}
