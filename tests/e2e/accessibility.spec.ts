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

test.describe('axe on self-assessment tools with answers and results showing', () => {
  for (const path of builtPages()
    .map((p) => p.path)
    .filter((p) => p.endsWith('/self-assessment/'))) {
    test(`${path} answered has no violations`, async ({ page }) => {
      await page.goto(path);
      await toolReady(page);
      const fieldsets = await page.locator('fieldset.criterion').all();
      // Answer a mix: the first option on some, the last on others, so actions and statuses of every kind show.
      for (const [i, fieldset] of fieldsets.slice(0, 8).entries()) {
        const inputs = fieldset.locator('input');
        await (i % 2 === 0 ? inputs.first() : inputs.last()).check();
      }
      // Open the list of unmet criteria without actions, where the level's rule asks for actions.
      const missing = page.locator('.calculator__summary details summary');
      if ((await missing.count()) > 0) await missing.first().click();
      expect(await violations(page)).toEqual([]);
      await page.goto(path.replace(/levels\/[^/]+\/self-assessment\/$/, 'readiness/'));
      await toolReady(page);
      await page.getByRole('button', { name: /Clear this mark’s answers/ }).click();
      expect(await violations(page)).toEqual([]);
    });
  }
});
