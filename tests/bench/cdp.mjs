// A minimal DevTools protocol client, for timings that Playwright's own session would change. Playwright enables
// the Runtime domain on every page it drives; with Runtime enabled, V8 records a detailed stack trace (lines and
// columns) for every Error created, and React DOM creates three as its module starts: finding their lines reparses
// React DOM's whole module wrapper, 50-60 ms at 4x CPU slowdown that no reader's browser spends (measured with the
// Long Animation Frames API: React DOM's start took 56-59 ms with Runtime enabled, under 5 ms without).

/** A connection to a Chromium started with --remote-debugging-port=`port`: its browser target's session. */
export async function connectCdp(port) {
  const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const socket = new WebSocket(webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`No DevTools connection on port ${port}`)), { once: true });
  });
  let lastId = 0;
  const pending = new Map();
  const listeners = new Set();
  socket.addEventListener('message', ({ data }) => {
    const message = JSON.parse(data);
    if (message.id !== undefined) {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
      else call?.resolve(message.result);
    } else for (const listener of listeners) listener(message);
  });
  /** Sends `method` to the browser, or to a page's `sessionId`; resolves with its result. */
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject, method });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  /** Resolves with the params of the next event `method` (on `sessionId`, if given). */
  const next = (method, sessionId = undefined, timeout = 60_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`No ${method} within ${timeout} ms`));
      }, timeout);
      const listener = (message) => {
        if (message.method !== method || (sessionId && message.sessionId !== sessionId)) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(message.params);
      };
      listeners.add(listener);
    });
  return { send, next, close: () => socket.close() };
}

/**
 * A new tab in a browser context of its own (no cache, no storage shared with any other), at 1280 x 720 as
 * Playwright's pages are, once the browser has settled for `settle` ms. `page.send` talks to the tab; `close` drops
 * the context.
 */
export async function newPage(cdp, { settle = 1000 } = {}) {
  const { browserContextId } = await cdp.send('Target.createBrowserContext', { disposeOnDetach: true });
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method, params) => cdp.send(method, params, sessionId);
  await send('Page.enable');
  await send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: 1, mobile: false });
  // A new window of Chromium 156 may build its own WebUI (the omnibox popup) in a renderer beside the page, 100-400 ms
  // of work on the same 2 cores: it is left to finish before the page is loaded and timed.
  await new Promise((resolve) => setTimeout(resolve, settle));
  return {
    send,
    /** Runs `expression` in the page (without enabling the Runtime domain) and returns its value. */
    evaluate: async (expression) => (await send('Runtime.evaluate', { expression, returnByValue: true })).result.value,
    /** Loads `url` and waits for its load event; throws when the page is not there (a 404 would be timed otherwise). */
    goto: async (url) => {
      const loaded = cdp.next('Page.loadEventFired', sessionId);
      const { errorText } = await send('Page.navigate', { url });
      if (errorText) throw new Error(`${url} did not load: ${errorText}`);
      await loaded;
      const status = (
        await send('Runtime.evaluate', { expression: "performance.getEntriesByType('navigation')[0]?.responseStatus", returnByValue: true })
      ).result.value;
      if (status !== 200) throw new Error(`${url} did not load (HTTP ${status})`);
    },
    close: () => cdp.send('Target.disposeBrowserContext', { browserContextId }),
  };
}

/** Traces the whole browser with `categories` while `action` runs; resolves with the trace's JSON text. */
export async function traced(cdp, categories, action) {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReturnAsStream' });
  let stream;
  try {
    await action();
  } finally {
    const complete = cdp.next('Tracing.tracingComplete');
    await cdp.send('Tracing.end');
    ({ stream } = await complete);
  }
  let text = '';
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 4 * 1024 * 1024 });
    text += base64Encoded ? Buffer.from(data, 'base64').toString() : data;
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return text;
}
