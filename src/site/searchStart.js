// @ts-check
// Starts Pagefind's engine on the search page while the page is still being parsed (src/pages/search.astro
// writes it in as a classic script, which runs where it stands, not after the whole page as a module would).
(() => {
  // The bundle's address (under the copy's base path) comes from the script element itself.
  const bundle = document.currentScript?.dataset.bundle;
  if (!bundle) throw new Error('searchStart.js runs as a classic script with data-bundle (src/pages/search.astro)');
  const tag = document.querySelector('meta[name="qmh-search-tag"]')?.getAttribute('content');
  // The words searched for are the query less its stop words (src/site/searchResults.ts, searchedWords), passed in
  // data-stop-words, so that only their index chunks are fetched.
  const stop = new Set((document.currentScript?.dataset.stopWords ?? '').split(' '));
  const typed = new URLSearchParams(location.search).get('q')?.trim().split(/\s+/).filter(Boolean) ?? [];
  const kept = typed.filter((w) => !stop.has(w.toLowerCase().replace(/[^\p{L}]+/gu, '')));
  const words = (kept.length > 0 ? kept : typed).join(' ');
  // Pagefind splits words with Intl.Segmenter, whose first one loads the language's rules (20-50 ms): paid while files
  // arrive, once the page has been drawn, not in the middle of parsing it.
  if ('Segmenter' in Intl)
    requestAnimationFrame(() => setTimeout(() => new Intl.Segmenter(document.documentElement.lang, { granularity: 'grapheme' }).segment('')));
  window.qmhSearchEngine = import(`${bundle}pagefind.js`).then(async (/** @type {import('./pagefind').Pagefind} */ p) => {
    await p.options({
      basePath: bundle,
      baseUrl: bundle.replace(/pagefind\/$/, ''),
      noWorker: true,
      excerptLength: 24,
      ...(tag ? { metaCacheTag: tag } : {}),
    });
    await p.init();
    // Arriving with words: their index chunks are fetched as soon as the engine is ready, whether or not the page's
    // own script, which runs the search, has arrived yet.
    if (words) void p.preload(words).catch(() => undefined);
    return p;
  });
})();
