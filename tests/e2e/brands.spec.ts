import { existsSync, readFileSync } from 'node:fs';
import { axeViolations } from './axe';
import { newMarkPort, sitePort } from './ports';
import { expect, test } from './test';
import { brandConfig, exampleBase, exampleBrand } from '../fixtures/brandSite.mjs';

// Each brand in the test run, as a visitor sees it: its name, logo, colours, interface wording and
// marks. The default is the real site; the example hub brand (brands/severn-hub/) is served by
// Playwright's second web server under its base path, on the same origin as the copy with the new mark.

interface Brand {
  name: string;
  logo?: { src: string; alt: string };
  colours?: { accent: string };
  marks?: string[];
  text?: Record<string, string>;
}

/** A mark's short name, as the header lists it: from the brand's own marks or the shared ones. */
const fullName = (id: string, brand: string) => {
  const own = new URL(`../../brands/${brand}/marks/${id}/definition.json`, import.meta.url);
  const file = existsSync(own) ? own : new URL(`../../src/frameworks/marks/${id}/definition.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { name: string }).name;
};

/** "#5a1e6e" as the browser reports it: "rgb(90, 30, 110)". */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const brands = [
  {
    brand: 'default',
    origin: `http://127.0.0.1:${sitePort}`,
    base: '/',
    marks: ['english-maths-qm', 'wellbeing-qm', 'whmat-wellbeing', 'wiltshire-lsqm'],
    wording: { search: 'Search', marks: 'Marks', result: 'Result' },
  },
  {
    brand: exampleBrand,
    origin: `http://127.0.0.1:${newMarkPort}`,
    base: exampleBase,
    marks: (brandConfig(exampleBrand) as Brand).marks!,
    wording: { search: 'Find', marks: 'Our quality marks', result: 'Outcome' },
  },
];

for (const { brand, origin, base, marks, wording } of brands) {
  const config = brandConfig(brand) as Brand;

  test.describe(`the ${brand} brand`, () => {
    test.use({ baseURL: origin });

    test('shows its name, logo, colours, wording and marks', async ({ page }) => {
      await page.goto(base);
      await expect(page.locator('.site-header__name')).toHaveText(config.name);
      await expect(page).toHaveTitle(new RegExp(config.name));
      const logo = page.locator('.site-header__logo');
      if (config.logo) {
        await expect(logo).toHaveAttribute('alt', config.logo.alt);
        await expect(logo).toHaveAttribute('src', new RegExp(`^${base}_astro/`));
        // The image itself loaded, from this copy.
        expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      } else {
        await expect(logo).toHaveCount(0);
      }
      await expect(page.locator('.site-header')).toHaveCSS('background-color', rgb(config.colours?.accent ?? '#0b4f6c'));
      await expect(page.locator('.site-header button[type="submit"]')).toHaveText(wording.search);
      await expect(page.getByRole('heading', { level: 2, name: wording.marks, exact: true })).toBeVisible();
      // Every published mark is listed on the home page; the header links to that list, whatever the number of marks.
      await expect(page.locator('#marks + .card-list h3 a')).toHaveText(marks.map((id) => fullName(id, brand)));
      await expect(page.locator('.site-header__nav a')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${base}marks/english-maths-qm/readiness/`);
      await expect(page.getByRole('heading', { level: 2, name: wording.result, exact: true })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('is served with the headers its build wrote: no framing, no sniffing, hashed assets kept', async ({ request }) => {
      const page = await request.get(base);
      expect(page.headers()['x-frame-options']).toBe('DENY');
      expect(page.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
      expect(page.headers()['x-content-type-options']).toBe('nosniff');
      // Pages are revalidated on every visit (the host's default), never kept like hashed assets.
      expect(page.headers()['cache-control'] ?? 'no-cache').toBe('no-cache');
      const css = /href="([^"]*\/_astro\/[^"]+\.css)"/.exec(await page.text())![1]!;
      expect((await request.get(css)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    test('serves only its own marks', async ({ request }) => {
      for (const id of ['wiltshire-lsqm', 'severn-oracy']) {
        const response = await request.get(`${base}marks/${id}/`);
        expect(response.status(), id).toBe(marks.includes(id) ? 200 : 404);
      }
    });
  });
}

test.describe('two copies on one origin', () => {
  test.use({ baseURL: `http://127.0.0.1:${newMarkPort}` });

  test('keep their saved answers apart', async ({ page }) => {
    const tool = `${exampleBase}marks/english-maths-qm/levels/quality-mark/self-assessment/#all`;
    await page.goto(tool);
    const first = page.locator('fieldset.criterion').first().getByRole('radio', { name: 'Met', exact: true });
    await first.check();
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(keys).toEqual(['qmh/severn:answers:english-maths-qm']);

    // A copy at the root of this origin keeps the same mark's answers under its own key: give it these
    // answers, empty this copy's, and this copy must show nothing chosen.
    await page.evaluate(() => {
      localStorage.setItem('qmh:answers:english-maths-qm', localStorage.getItem('qmh/severn:answers:english-maths-qm')!);
      localStorage.removeItem('qmh/severn:answers:english-maths-qm');
    });
    await page.reload();
    await expect(page.locator('fieldset.criterion').first().getByRole('radio', { name: 'Met', exact: true })).not.toBeChecked();
    await expect(page.locator('fieldset.criterion input:checked')).toHaveCount(0);
  });
});
