// The longest task on a tool page's main thread, at 4x CPU slowdown (an old school laptop): during
// load until the tool has hydrated and the page is quiet, and after each click on an answer.
// Every task is read from a Chromium trace (RunTask on the renderer's main thread), so the figure is
// the real longest task, not only those over the Long Tasks API's 50 ms.

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'];

/**
 * Durations in ms of the tasks on the renderer main threads of a trace. With `fromParse`, only those
 * from the start of parsing the page's HTML: the page's own work, not the browser committing the
 * navigation (creating the window, which no page can change).
 */
function taskDurations(buffer, fromParse = false) {
  const { traceEvents } = JSON.parse(buffer.toString());
  const main = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const parse = fromParse ? Math.min(...onMain.filter((e) => e.name === 'ParseHTML').map((e) => e.ts)) : -Infinity;
  return onMain.filter((e) => e.name === 'RunTask' && e.ts + e.dur > parse).map((e) => e.dur / 1000);
}

async function traced(browser, page, action, fromParse) {
  await browser.startTracing(page, { categories });
  await action();
  return taskDurations(await browser.stopTracing(), fromParse);
}

/**
 * Loads `url` at `rate`x CPU slowdown in a new context of `browser`, then clicks `clicks` answers
 * (inputs matched by `answers`, spread over the form). Returns the longest task during load and
 * after any click, in ms.
 */
export async function longTasks(
  browser,
  url,
  { rate = 4, clicks = 6, answers = '[data-hydrated] input[type=radio], [data-hydrated] input[type=checkbox]' } = {},
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const load = await traced(
    browser,
    page,
    async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.locator('[data-hydrated]').first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1500); // whatever hydration leaves to do when idle
    },
    true,
  );
  const inputs = page.locator(answers);
  const count = await inputs.count();
  const perClick = [];
  for (let i = 0; i < clicks && count > 0; i++) {
    const input = inputs.nth(Math.floor((i * count) / clicks));
    await input.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const tasks = await traced(browser, page, async () => {
      await input.click();
      await page.waitForTimeout(600);
    });
    perClick.push(Math.max(0, ...tasks));
  }
  await context.close();
  return { load: Math.max(0, ...load), click: Math.max(0, ...perClick), clicks: perClick.length };
}
