/**
 * The service worker's source, as a function the build turns into `sw.js` with the site's files and
 * version filled in (src/integrations/offline.ts). Hand-written rather than Workbox's: it needs one
 * precache of a fully static site, cache-first, and an update handshake; that is about 60 lines, and
 * adds no dependency to keep up to date.
 *
 * - install: caches every file of this build (pages of the published marks, tools, scripts, styles,
 *   fonts, the search index) under a cache named for this copy's scope and version;
 * - activate: deletes this copy's older caches (never another copy's on the same origin) and takes
 *   control of open pages, so the first visit already works offline afterwards;
 * - fetch: answers GET requests for those files from the cache (a page's address with or without a
 *   query), and everything else from the network;
 * - a new version waits until the page asks it to take over ("skip-waiting"), so the page can offer
 *   a reload instead of swapping files under someone's answers.
 */
export function worker(self: WorkerScope, version: string, files: readonly string[]): void {
  const scope = new URL(self.registration.scope).pathname;
  const prefix = `qmh-offline:${scope}:`;
  const current = `${prefix}${version}`;
  const precached = new Set(files);

  self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(current).then((cache) => cache.addAll(files)));
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) => Promise.all(names.filter((n) => n.startsWith(prefix) && n !== current).map((n) => caches.delete(n))))
        .then(() => self.clients.claim()),
    );
  });

  self.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void self.skipWaiting();
  });

  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin || !precached.has(url.pathname)) return;
    event.respondWith(
      caches
        .open(current)
        .then((cache) => cache.match(url.pathname))
        .then((cached) => cached ?? fetch(event.request)),
    );
  });
}

/** What the worker uses of ServiceWorkerGlobalScope (the "webworker" library's types clash with the DOM's in one project). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
export interface WorkerScope {
  location: Location;
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
