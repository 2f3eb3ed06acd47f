import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs through these checks, so privacy and CSP hold on every page a test visits:
 * no request leaves the site's origin, no cookie is set, and no error (a CSP violation included) is logged.
 */
export const test = base.extend<{ guard: undefined }>({
  // Tool pages are server-rendered and then hydrated: wait for hydration after every navigation,
  // as a person would wait for the page to respond, so no click lands before React is listening.
  page: async ({ page }, use) => {
    const settle = async () => {
      if ((await page.locator('astro-island').count()) > 0) await page.locator('[data-hydrated]').first().waitFor();
    };
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await settle();
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await settle();
      return response;
    };
    await use(page);
  },
  guard: [
    async ({ page, context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const offOrigin: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) offOrigin.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(offOrigin, 'requests outside the site’s origin').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
