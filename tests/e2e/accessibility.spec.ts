import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { builtPages, isToolPage } from '../site/builtSite';

import { axeViolations as violations } from './axe';

/** Waits for a tool page's island to hydrate (goto already does; this says so where it matters). */
async function toolReady(page: Page) {
  await expect(page.locator('[data-hydrated]')).toHaveCount(1);
}

test.describe('axe (WCAG 2.2 A and AA) on every built page', () => {
  for (const built of builtPages()) {
    test(`${built.path} has no violations`, async ({ page }) => {
      await page.goto(built.path);
      if (isToolPage(built)) await toolReady(page);
      expect(await violations(page)).toEqual([]);
    });
  }
});

// Every tool is also checked by axe with answers entered, once per example: see toolExamples.spec.ts.
