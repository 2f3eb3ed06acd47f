import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx } from './nginx';
import { sitePort } from './ports';
import { expect, test } from './test';
import { subPath, subPathDist } from '../fixtures/subPathSite.mjs';

// One server of this file's own on a fixed port, started once: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

// The intranet server, really run: Debian's nginx serves the built site, and the copy built for a sub-folder,
// with deploy/nginx/site.conf, the file the Dockerfile serves with (tests/ensureNginx.sh installs nginx). A smoke
// suite: pages, a tool saving answers, search, the headers, the sub-path copy, offline after a first visit.

const rootPort = Number(process.env.E2E_NGINX_PORT ?? sitePort + 5);
const subPort = rootPort + 1;
const dist = new URL('../../dist/', import.meta.url).pathname;
const TOOL = 'marks/english-maths-qm/levels/quality-mark/self-assessment/#all';

let stop: () => void;
test.beforeAll(async () => {
  stop = await startNginx([
    { port: rootPort, dist, base: '/' },
    { port: subPort, dist: subPathDist, base: `${subPath}/` },
  ]);
});
test.afterAll(() => stop());

const SECURITY = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

for (const { name, port, base } of [
  { name: 'the site', port: rootPort, base: '/' },
  { name: `the copy under ${subPath}/`, port: subPort, base: `${subPath}/` },
]) {
  test.describe(`nginx with deploy/nginx/site.conf: ${name}`, () => {
    test.use({ baseURL: `http://127.0.0.1:${port}` });
    const url = (path: string) => `${base}${path}`;

    test('serves pages, assets, the index and the service worker with the site’s headers', async ({ request }) => {
      const page = await request.get(url(''), { headers: { 'accept-encoding': 'gzip' } });
      expect(page.status()).toBe(200);
      expect(page.headers()).toMatchObject({
        ...SECURITY,
        'cache-control': 'no-cache',
        'content-encoding': 'gzip',
        'content-type': 'text/html; charset=utf-8',
      });
      // A folder's address without its slash is sent on to it, on the same host and port.
      const bare = await request.get(url('marks/english-maths-qm'), { maxRedirects: 0 });
      expect(bare.status()).toBe(301);
      expect(bare.headers().location).toBe(url('marks/english-maths-qm/'));

      const html = await page.text();
      const asset = /(?:src|href)="([^"]*\/_astro\/[^"]+)"/.exec(html)?.[1];
      expect(asset, 'the home page links a hashed asset').toBeDefined();
      const hashed = await request.get(asset!);
      expect(hashed.status()).toBe(200);
      expect(hashed.headers()).toMatchObject({ ...SECURITY, 'cache-control': 'public, max-age=31536000, immutable' });

      const worker = await request.get(url('sw.js'));
      expect(worker.status()).toBe(200);
      expect(worker.headers()).toMatchObject({ ...SECURITY, 'cache-control': 'no-cache' });
      expect(worker.headers()['content-type']).toMatch(/javascript/);

      // Pagefind's stored-gzip files say so, and are not compressed again; pagefind.js is plain.
      const folder = base === '/' ? dist : subPathDist;
      const wasm = readdirSync(join(folder, 'pagefind')).find((file) => file.endsWith('.pagefind'))!;
      const engine = await request.get(url(`pagefind/${wasm}`), { headers: { 'accept-encoding': 'gzip' } });
      expect(engine.status()).toBe(200);
      expect(engine.headers()).toMatchObject({
        ...SECURITY,
        'content-encoding': 'gzip',
        'content-type': 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      // Unpacked once, by the client: Pagefind's own signature, not gzip's again.
      expect((await engine.body()).subarray(0, 8).toString('ascii')).toBe('pagefind');
      const script = await request.get(url('pagefind/pagefind.js'), { headers: { 'accept-encoding': 'identity' } });
      expect(script.headers()['content-encoding']).toBeUndefined();

      const missing = await request.get(url('no-such-page/'));
      expect(missing.status()).toBe(404);
      expect(missing.headers()).toMatchObject(SECURITY);
      expect(await missing.text()).toContain('<h1');
      expect(await missing.text()).toBe(await (await request.get(url('404.html'))).text());
    });

    test('a tool keeps its answers across a reload, and search finds a criterion', async ({ page }) => {
      await page.goto(url(TOOL));
      const first = () => page.locator('fieldset.criterion').first();
      await first().getByRole('radio', { name: 'Met', exact: true }).check();
      await first().getByLabel('Evidence source').fill('Served by nginx');
      await page.reload();
      await expect(first().getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
      await expect(first().getByLabel('Evidence source')).toHaveValue('Served by nginx');

      await page.goto(url('search/?q=elements'));
      await expect(page.locator('#search-results li').first()).toBeVisible();
      await expect(page.locator('#search-results li a').first()).toHaveAttribute('href', new RegExp(`^${base}marks/`));
    });
  });
}

test.describe('nginx with deploy/nginx/site.conf: offline', () => {
  test.use({ baseURL: `http://127.0.0.1:${subPort}`, serviceWorkers: 'allow' });

  test('after a first visit to a tool, pages, the tool and search load with the network cut', async ({ page, context }) => {
    const base = `${subPath}/`;
    await page.goto(`${base}${TOOL}`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    for (const path of ['', 'marks/english-maths-qm/', 'marks/wiltshire-lsqm/levels/gold/', TOOL]) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    const search = await page.goto(`${base}search/?q=elements`);
    expect(search?.fromServiceWorker()).toBe(true);
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await context.setOffline(false);
  });
});
