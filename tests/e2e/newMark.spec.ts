import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../site/builtSite';
import { currentMarkTerms, findTerms, termsOf, type DefinitionWords } from '../fixtures/markWording';
import { newMarkDist, newMarkId } from '../fixtures/newMarkSite.mjs';
import { newMarkPort } from './ports';
import { expect, test } from './test';

// A mark added as a definition and one MDX file (tests/fixtures/newMark/), in a copy of the project that
// publishes it alone, must show its own words only: none of the current marks' ids, names, levels,
// tools' words or notes. The copy is built and served by Playwright's second web server.

const definition = JSON.parse(readFileSync(new URL('../fixtures/newMark/definition.json', import.meta.url), 'utf8')) as DefinitionWords;
const ownWords = new Set(termsOf(definition));
const otherMarksWords = currentMarkTerms().filter((term) => !ownWords.has(term));

test.use({ baseURL: `http://127.0.0.1:${newMarkPort}` });

test.describe(`a new mark (${newMarkId}) shows only its own words`, () => {
  const pages = existsSync(newMarkDist)
    ? builtPages({ root: newMarkDist, base: '/' })
        .map((p) => p.path)
        .filter((path) => path === '/' || path.startsWith(`/marks/${newMarkId}/`))
    : [];

  test('the copy publishes every page the definition and MDX page give it', () => {
    expect(existsSync(join(newMarkDist, 'index.html')), `no build at ${newMarkDist}; Playwright's web server builds it`).toBe(true);
    // Four tiers with a grid, a printable pack and a self-assessment each, readiness, three rating tools, surveys,
    // the pages for files, shared links and combining colleagues' files, the action plan and the report,
    // the MDX page, and the home page.
    expect(pages).toHaveLength(4 * 3 + 1 + 3 + 1 + 3 + 2 + 1 + 1);
  });

  test('its tools, notes and badges are in its own words and colours', async ({ page }) => {
    const ratings = definition.ratings!;
    const titles: [string, string][] = [
      ['audit', ratings.auditTitle!],
      ['questionnaire', ratings.questionnaireTitle!],
      ['priorities', ratings.prioritiesTitle!],
      ['surveys', definition.surveys!.title!],
      ['readiness', 'Tier readiness'],
    ];
    for (const [tool, title] of titles) {
      await page.goto(`/marks/${newMarkId}/${tool}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    }
    await expect(page.getByRole('link', { name: ratings.auditTitle! })).toBeVisible();
    await page.goto(`/marks/${newMarkId}/questionnaire/`);
    await expect(page.getByText(ratings.questionnaireIntro!)).toBeVisible();
    await page.goto(`/marks/${newMarkId}/surveys/`);
    await expect(page.getByText(definition.surveys!.targetsNote!)).toBeAttached();

    await page.goto(`/marks/${newMarkId}/levels/seedling/`);
    await expect(page.getByText(definition.levels![0]!.gridNote!)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Check tier readiness' })).toBeVisible();
    const badge = page.getByRole('heading', { level: 1 }).locator('.level-badge');
    await expect(badge).toHaveCSS('background-color', 'rgb(47, 93, 30)');
    await expect(badge).toHaveCSS('color', 'rgb(255, 255, 255)');
    // A tier without colours of its own keeps the site's accent.
    await page.goto(`/marks/${newMarkId}/levels/canopy/`);
    await expect(page.getByRole('heading', { level: 1 }).locator('.level-badge')).toHaveCSS('background-color', 'rgb(11, 79, 108)');
  });

  for (const path of pages) {
    test(`${path} says none of another mark’s words`, async ({ page }) => {
      await page.goto(path);
      const text = `${await page.title()}\n${await page.locator('body').innerText()}`;
      expect(findTerms(text, otherMarksWords), 'another mark’s words').toEqual([]);
      // The mark calls its levels tiers: no page calls them levels or stages.
      expect(text.match(/\b(?:stage|level)s?\b/gi) ?? [], 'levels called by another noun than "tier"').toEqual([]);
    });
  }
});
