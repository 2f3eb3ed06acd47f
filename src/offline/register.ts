/**
 * Loaded (dynamically, after the page's load event) by src/components/Offline.astro. In a build,
 * registers the service worker (sw.js, written by the build) for this copy's base path, and shows
 * the page's update notice when a new version has been installed and is waiting: its button lets the
 * new version take over and reloads the page. Loaded only after the page has loaded, from tool pages
 * and the search page, so reading pages carry no JavaScript at all.
 */
async function registerOffline(base: string, notice: HTMLElement | null): Promise<void> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const registration = await navigator.serviceWorker.register(`${root}sw.js`, { scope: root });
  const offer = (waiting: ServiceWorker) => {
    // The first install has no page to update: it simply takes control.
    if (!notice || !navigator.serviceWorker.controller) return;
    notice.hidden = false;
    notice.querySelector('button')?.addEventListener('click', () => waiting.postMessage({ type: 'skip-waiting' }), { once: true });
  };
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only a version the person chose to load reloads the page; the first install's takeover does not.
    if (notice && !notice.hidden && !reloading) {
      reloading = true;
      location.reload();
    }
  });
}

if (import.meta.env.PROD) {
  // Offline use is an extra: where the browser refuses a worker (a private window, a policy), the page works as it is.
  registerOffline(import.meta.env.BASE_URL, document.querySelector<HTMLElement>('[data-offline-notice]')).catch(() => undefined);
} else {
  // Disabled in dev; a worker left by a built copy served on the same address would serve stale files.
  void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
}
