// What a first visit to a page transfers in all: HTML, CSS, fonts, images and JavaScript, as the
// browser received them from the gzipping server (bodies as encoded plus response headers), on a cold cache.

/**
 * Loads `url` in a new context of `browser` and waits until the network is idle.
 * Returns the bytes transferred in all, those of scripts and of fonts, and the files fetched.
 */
export async function pageWeight(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('requestfinished', (request) => responses.push(request));
  await page.goto(url, { waitUntil: 'networkidle' });
  let total = 0;
  let js = 0;
  let fonts = 0;
  const files = [];
  for (const request of responses) {
    const sizes = await request.sizes();
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    total += bytes;
    if (request.resourceType() === 'script') js += sizes.responseBodySize;
    if (request.resourceType() === 'font') fonts += sizes.responseBodySize;
    files.push(`${new URL(request.url()).pathname} ${(bytes / 1024).toFixed(1)} KB`);
  }
  await context.close();
  return { total, js, fonts, files };
}
