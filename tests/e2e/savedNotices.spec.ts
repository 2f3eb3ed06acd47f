import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test';

// Every kind of saved data a page reads has its notice when it cannot be read, each offering what could
// not be read for download: the school's name (qmh:school:site) as much as a mark's answers.

const KINDS = ['answers', 'audit', 'questionnaire', 'responses', 'surveys', 'plan', 'snapshots', 'team'];
const WHAT: Record<string, string> = {
  answers: 'answers',
  audit: 'audit ratings',
  questionnaire: 'questionnaire answers',
  responses: 'questionnaire responses',
  surveys: 'survey figures',
  plan: 'action plan details',
  snapshots: 'snapshots',
  team: 'team’s combined files and choices',
  school: 'school details',
};

/** Puts damaged text under every kind's key for the mark, and under the school's name, before the first load only. */
async function damageEverything(page: Page, markId: string) {
  await page.addInitScript(
    ([mark, kinds]) => {
      if (sessionStorage.getItem('seeded')) return;
      for (const kind of kinds) localStorage.setItem(`qmh:${kind}:${mark}`, `{"broken ${kind}":`);
      localStorage.setItem('qmh:school:site', '{"broken school":');
      sessionStorage.setItem('seeded', '1');
    },
    [markId, KINDS] as const,
  );
}

const notice = (page: Page, kind: string) => page.getByRole('alert').filter({ hasText: `The saved ${WHAT[kind]!} are not valid JSON` });

for (const markId of ['wiltshire-lsqm', 'whmat-wellbeing', 'wellbeing-qm']) {
  test(`every saved kind of ${markId}, and the school's name, has its notice with what could not be read to download`, async ({ page }) => {
    await damageEverything(page, markId);
    await page.goto(`/marks/${markId}/answers/`);
    const kinds = await page.locator('li[data-kind]').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')!));
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of [...kinds, 'school']) {
      await expect(notice(page, kind)).toHaveCount(1);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        notice(page, kind).getByRole('button', { name: 'Download what could not be read' }).click(),
      ]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(`{"broken ${kind}":`);
    }
  });
}

test('a tool with a print control tells of a damaged school name, and reads a known name beside an unknown field', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('qmh:school:site', JSON.stringify({ version: 1, name: 'Severn Primary', town: 'Bewdley' }));
    sessionStorage.setItem('seeded', '1');
  });
  await page.goto('/marks/wiltshire-lsqm/levels/bronze/self-assessment/#all');
  const alert = page.getByRole('alert').filter({ hasText: 'The saved school details hold a field this site does not know (“town”)' });
  await expect(alert).toHaveCount(1);
  await expect(page.getByLabel('School name', { exact: false }).first()).toHaveValue('Severn Primary');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download what could not be read' }).click(),
  ]);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual({ version: 1, name: 'Severn Primary', town: 'Bewdley' });
});
