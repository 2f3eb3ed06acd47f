import { brandConfig, brandDist, exampleBase, exampleBrand, exampleSiteUrl } from '../fixtures/brandSite.mjs';
import { subPath, subPathDist } from '../fixtures/subPathSite.mjs';
import { newMarkPort, subPathPort } from './ports';
import { expect, test } from './test';
import {
  definition,
  dist,
  expectSheets,
  expectStatements,
  landscapeOf,
  printedToday,
  printToPdf,
  statementsOf,
  versionOf,
  words,
  type Printed,
} from './pdf';

// Each grid page, a tool's answers and a level pack printed to PDF in Chromium, and read back from the
// PDF itself with poppler (pdfinfo, pdftotext): sheet size and orientation, every statement whole on
// one sheet, the running header and page numbers on every sheet, no site chrome.

const wiltshire = definition('wiltshire-lsqm');
const marksName = (id: string) => definition(id).name;

test.describe('printing', () => {
  test('prints each Wiltshire grid page on A4 with its header row, running header and page numbers on every sheet', async ({ page }, testInfo) => {
    for (const level of wiltshire.levels) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`/marks/wiltshire-lsqm/levels/${level.id}/`);
      const printed = await printToPdf(page, testInfo, `wiltshire-${level.id}`);
      const landscape = level.criteria.kind === 'roleGrid';
      expectSheets(printed, {
        head: `Quality Mark Handbook · ${wiltshire.shortName} · ${level.name}`,
        orientation: landscape ? 'landscape' : 'portrait',
        date: versionOf(dist),
      });
      expectStatements(printed, statementsOf(level));
      // The grid's header row, its first column and the start of the next side by side, on every sheet that carries the grid.
      const c = level.criteria;
      const header =
        c.kind === 'roleGrid'
          ? [c.roles[0]!.label, c.roles[1]!.label]
          : c.kind === 'statements'
            ? ['Statement', 'Agree']
            : ['Activity: [^\\n]*', 'Within last'];
      const headerRow = new RegExp(`${header[0]}\\s+(${header[1]})`);
      const gridStart = printed.layout.findIndex((s) => s.includes(`The ${level.name} grid`));
      expect(gridStart).toBeGreaterThanOrEqual(0);
      const gridSheets = printed.layout.slice(gridStart);
      for (const [i, sheet] of gridSheets.entries()) expect(sheet, `${level.id} grid sheet ${i + 1}: header row`).toMatch(headerRow);
      // Best fit asks for an action for every unmet statement: the blank grid has a line for it under each one.
      expect(printed.layout.join('\n').match(/Action to achieve it/g) ?? [], `${level.id}: action lines`).toHaveLength(statementsOf(level).length);
      if (level.id === 'bronze') {
        // Blank: a box for each answer and an evidence line under every statement, and nobody's answers.
        const boxes = printed.layout.join('\n').match(/In place\s+Developing\s+Not yet/g) ?? [];
        expect(boxes).toHaveLength(statementsOf(level).length);
        expect(printed.sheets.join(' ').match(/\bEvidence\b/g) ?? []).toHaveLength(statementsOf(level).length);
        expect(printed.sheets.join(' ')).not.toContain('Printed ');
        // Six sheets without the action lines, seven with them.
        expect(printed.sizes.length).toBeLessThanOrEqual(7);
        // On screen the page holds none of it: the boxes and lines are print CSS, not markup.
        await page.emulateMedia({ media: 'screen' });
        await expect(page.locator('main')).not.toContainText('Action to achieve it');
        // (The glossary's other forms of an abbreviation, for search alone, are visually hidden, not print-only.)
        expect(await page.locator('main td[id] [aria-hidden="true"]:not(.visually-hidden)').count(), 'print-only markup in the statement cells').toBe(
          0,
        );
      }
    }
  });

  test('prints the English and mathematics elements with their two columns, on landscape A4', async ({ page }, testInfo) => {
    const mark = definition('english-maths-qm');
    const level = mark.levels[0]!;
    await page.goto(`/marks/english-maths-qm/levels/${level.id}/`);
    const printed = await printToPdf(page, testInfo, 'english-maths');
    expectSheets(printed, { head: `Quality Mark Handbook · ${mark.shortName} · ${level.name}`, orientation: 'landscape', date: versionOf(dist) });
    expectStatements(printed, statementsOf(level));
    const gridSheets = printed.sheets.slice(printed.sheets.findIndex((s) => s.includes(`The ${level.name} grid`)));
    for (const sheet of gridSheets) {
      expect(sheet).toContain('Summary of current practice');
      expect(sheet).toContain('Evidence source');
    }
  });

  test('prints our answers with the school, the date and the result, and the blank pack with none of them', async ({ page }, testInfo) => {
    const bronze = wiltshire.levels.find((l) => l.id === 'bronze')!;
    await page.goto('/marks/wiltshire-lsqm/levels/bronze/self-assessment/#all');
    await page.getByLabel(/School name/).fill('Riverside Primary School');
    const fieldsets = await page.locator('fieldset.criterion').all();
    for (const [i, fieldset] of fieldsets.entries()) {
      if (i < 30) {
        await fieldset.getByRole('radio', { name: 'In place' }).check();
        if (i < 3) await fieldset.getByLabel('Evidence').fill(`Seen in the governors’ minutes, item ${i + 1}`);
      } else await fieldset.getByRole('radio', { name: 'Developing' }).check();
    }
    const verdict = words(await page.getByTestId('level-verdict').innerText());
    await expect(page.getByRole('button', { name: 'Print our answers' })).toBeVisible();

    const answers = await printToPdf(page, testInfo, 'bronze-answers');
    expectSheets(answers, { head: `Quality Mark Handbook · ${wiltshire.shortName} · Bronze`, orientation: 'portrait', date: printedToday() });
    const all = answers.sheets.join(' ');
    expect(all).toContain('School: Riverside Primary School');
    expect(all).toMatch(/Printed \d{1,2} \w+ \d{4}/);
    expect(answers.sheets[0]).toContain(verdict);
    expect(answers.sheets[0]).toContain('30 of 48 statements met');
    for (const i of [1, 2, 3]) expect(all).toContain(`Seen in the governors’ minutes, item ${i}`);
    // Each answered criterion shows its chosen answer only: in place 30 times, developing 18 times.
    expect(all.match(/In place/g)).toHaveLength(30);
    expect(all.match(/Developing/g)).toHaveLength(18);
    expect(all).not.toContain('Print our answers');
    expectStatements(answers, statementsOf(bronze));

    // The blank copy for discussion: the level's pack.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'Print a blank copy for discussion' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('pack');
    const blank = await printToPdf(page, testInfo, 'bronze-pack');
    // The pack's one script dates its sheets the day they are printed, as the tools' sheets are.
    expectSheets(blank, { head: `Quality Mark Handbook · ${wiltshire.shortName} · Bronze`, orientation: 'landscape', date: printedToday() });
    const blankText = blank.sheets.join(' ');
    for (const absent of ['Riverside Primary School', 'School: ', 'governors’ minutes', '30 of 48']) expect(blankText).not.toContain(absent);
    for (const present of ['Guidance', 'What the school must show', 'Present', 'The Bronze grid']) expect(blankText).toContain(present);
    expectStatements(blank, statementsOf(bronze));
    // Each statement has a line for the action that best fit asks for when it is not met.
    expect(blankText.match(/Action to achieve it/g) ?? []).toHaveLength(statementsOf(bronze).length);
  });

  test('prints every level pack of every mark, and the Wellbeing grids, whole, with each sheet dated', async ({ page }, testInfo) => {
    test.slow();
    for (const id of ['wiltshire-lsqm', 'english-maths-qm', 'wellbeing-qm']) {
      const mark = definition(id);
      for (const level of mark.levels) {
        const head = `Quality Mark Handbook · ${mark.shortName} · ${level.name}`;
        const prints = [{ path: 'print/', date: printedToday }, ...(id === 'wellbeing-qm' ? [{ path: '', date: () => versionOf(dist) }] : [])];
        for (const { path, date } of prints) {
          await page.emulateMedia({ media: 'screen' });
          await page.goto(`/marks/${id}/levels/${level.id}/${path}`);
          const printed = await printToPdf(page, testInfo, `${id}-${level.id}-${path ? 'pack' : 'grid'}`);
          expectSheets(printed, { head, orientation: landscapeOf(level), date: date() });
          expectStatements(printed, statementsOf(level));
          // A short grid follows the guidance on the pack's first sheet instead of leaving it mostly empty.
          if (path && statementsOf(level).length <= 5) expect(printed.sizes, `${id} ${level.id} pack`).toHaveLength(1);
          // A role's dozen activities or fewer stay on one sheet with their caption, which is never left alone at a sheet's foot.
          const c = level.criteria;
          if (c.kind === 'roleActivities')
            for (const role of c.roles.filter((r) => r.activities.length <= 12)) {
              const together = [`${level.name}: ${role.label}`, ...role.activities.map((a) => words(a.text))];
              expect(
                printed.sheets.some((sheet) => together.every((text) => sheet.includes(text))),
                `${level.id}: ${role.label} whole on one sheet`,
              ).toBe(true);
            }
        }
      }
    }
  });

  test('prints guidance pages with the mark in the running header, dated as the version of the page they show', async ({ page }, testInfo) => {
    for (const [id, path, orientation] of [
      ['wiltshire-lsqm', 'assessment/', 'portrait'],
      ['whmat-wellbeing', 'research/', 'portrait'],
      ['wellbeing-qm', '', 'portrait'],
      // It quotes the 10 elements with their writing columns, a grid too wide for a portrait sheet.
      ['english-maths-qm', '', 'landscape'],
    ] as const) {
      await page.goto(`/marks/${id}/${path}`);
      const title = words(await page.getByRole('heading', { level: 1 }).innerText());
      const printed = await printToPdf(page, testInfo, `guidance-${id}`);
      expectSheets(printed, { head: `Quality Mark Handbook · ${marksName(id)}`, orientation, date: versionOf(dist) });
      expect(printed.sheets[0]).toContain(title);
      if (id === 'english-maths-qm') expectStatements(printed, statementsOf(definition(id).levels[0]!));
    }
  });

  test('prints the action plan, the report, a shared link’s answers and the survey figures without controls, each row whole, on few sheets', async ({
    page,
  }, testInfo) => {
    test.slow();
    const bronze = wiltshire.levels.find((l) => l.id === 'bronze')!;
    await page.goto('/marks/wiltshire-lsqm/levels/bronze/self-assessment/#all');
    await page.getByLabel(/School name/).fill('Riverside Primary School');
    for (const [i, fieldset] of (await page.locator('fieldset.criterion').all()).entries()) {
      await fieldset.getByRole('radio', { name: i < 30 ? 'In place' : 'Developing' }).check();
      if (i < 2) await fieldset.getByLabel('Evidence').fill(`Seen in the governors’ minutes, item ${i + 1}`);
    }
    // Controls and their words are for the screen: none of them may reach the paper.
    const controls = ['Remove', 'Download', 'Import', 'Make a link', 'Save to a file', 'Choose', 'mm/dd/yyyy', 'dd/mm/yyyy', 'Print our answers'];
    const expectNoControls = (printed: Printed, what: string) => {
      for (const word of controls) expect(printed.sheets.join(' '), `${what}: ${word}`).not.toContain(word);
    };
    const head = `Quality Mark Handbook · ${wiltshire.name}`;

    // The plan: an action for each of the 18 criteria developing, each whole, five or more to a sheet.
    await page.goto('/marks/wiltshire-lsqm/plan/');
    const titles = (await page.getByTestId('plan-rows').locator('.plan__title').allInnerTexts()).map(words);
    expect(titles).toHaveLength(18);
    const plan = await printToPdf(page, testInfo, 'plan');
    expectSheets(plan, { head, orientation: 'portrait', date: printedToday() });
    expectStatements(plan, titles);
    expectNoControls(plan, 'plan');
    expect(plan.sizes.length).toBeLessThanOrEqual(Math.ceil(18 / 5));

    // The report: its action plan table's rows whole, none split across sheets.
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/marks/wiltshire-lsqm/report/');
    const rows = (await page.getByTestId('plan-table').locator('tbody tr > :first-child').allInnerTexts()).map(words);
    expect(rows).toHaveLength(18);
    const report = await printToPdf(page, testInfo, 'report');
    expectSheets(report, { head, orientation: 'portrait', date: printedToday() });
    expectStatements(report, rows);
    expectNoControls(report, 'report');
    expect(report.sheets.join(' ')).toContain('Riverside Primary School');

    // A shared link's answers: every statement whole, without the import button, dated the day printed.
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/marks/wiltshire-lsqm/answers/');
    await page.getByRole('button', { name: 'Make a link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    await page.goto(link);
    await expect(page.getByTestId('read-only-answers').getByRole('heading', { name: 'Bronze: not yet' })).toBeVisible();
    const shared = await printToPdf(page, testInfo, 'shared');
    expectSheets(shared, { head, orientation: 'portrait', date: printedToday() });
    expectStatements(shared, statementsOf(bronze));
    expectNoControls(shared, 'shared answers');
    expect(shared.sheets.join(' ')).toContain('Seen in the governors’ minutes, item 2');

    // The survey figures: a group's questions typed in as text, on one sheet.
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/marks/wellbeing-qm/surveys/');
    const pupils = page.getByTestId('group-pupils');
    await pupils.getByLabel('Number invited').fill('40');
    await pupils.getByRole('button', { name: /Add a question/ }).click();
    await pupils.getByLabel('Question 1', { exact: true }).fill('I feel safe at school');
    await pupils.getByLabel('Question 1: number agreeing').fill('9');
    await pupils.getByLabel('Question 1: number answering').fill('12');
    const surveys = await printToPdf(page, testInfo, 'surveys');
    expectSheets(surveys, { head: `Quality Mark Handbook · ${marksName('wellbeing-qm')}`, orientation: 'portrait', date: printedToday() });
    expectNoControls(surveys, 'surveys');
    expect(surveys.sheets.join(' ')).toContain('I feel safe at school');
    expect(surveys.sizes).toHaveLength(1);
  });

  test('prints every other tool with the running header, page numbers, the school and its result; the questionnaire as a blank copy', async ({
    page,
  }, testInfo) => {
    const tools = [
      { path: 'wiltshire-lsqm/readiness', mark: 'wiltshire-lsqm', result: 'readiness-headline' },
      { path: 'whmat-wellbeing/audit', mark: 'whmat-wellbeing', result: 'audit-status', hash: '#all' },
      { path: 'whmat-wellbeing/priorities', mark: 'whmat-wellbeing', result: 'priorities-table' },
      { path: 'wellbeing-qm/surveys', mark: 'wellbeing-qm', result: 'survey-overview' },
    ];
    for (const tool of tools) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`/marks/${tool.path}/${tool.hash ?? ''}`);
      await page.getByLabel(/School name/).fill('Riverside Primary School');
      if (tool.path.endsWith('audit')) {
        const first = page.locator('fieldset.criterion').first();
        await first.getByRole('radio', { name: 'Agree', exact: true }).check();
        await first.getByLabel('Evidence').fill('Staff survey, spring term');
      }
      const result = words(await page.getByTestId(tool.result).innerText());
      const printed = await printToPdf(page, testInfo, tool.path.replace('/', '-'));
      expectSheets(printed, { head: `Quality Mark Handbook · ${marksName(tool.mark)}`, orientation: 'portrait', date: printedToday() });
      const all = printed.sheets.join(' ');
      expect(all, tool.path).toContain('School: Riverside Primary School');
      expect(all, tool.path).toMatch(/Printed \d{1,2} \w+ \d{4}/);
      expect(words(printed.layout.join(' ')), tool.path).toContain(result.slice(0, 40));
      if (tool.path.endsWith('audit')) {
        expect(all).toContain('Staff survey, spring term');
        // The eight approaches fit one sheet, the last not pushed alone onto a second.
        expect(printed.sizes).toHaveLength(1);
      }
    }
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/marks/whmat-wellbeing/questionnaire/');
    await expect(page.getByRole('button', { name: 'Print a blank copy for discussion' })).toBeVisible();
    await expect(page.getByLabel(/School name/)).toHaveCount(0);
    const blank = await printToPdf(page, testInfo, 'questionnaire');
    expectSheets(blank, { head: `Quality Mark Handbook · ${marksName('whmat-wellbeing')}`, orientation: 'portrait', date: printedToday() });
  });
});

// A hub's branded copy under its base path, and a copy built for a sub-folder: the sheets carry the copy's own
// name, and every file the printed page needs, and every link on it, is the copy's own and is there.
const copies = [
  {
    what: 'the example hub brand under its base path',
    origin: `http://127.0.0.1:${newMarkPort}`,
    base: exampleBase,
    dist: brandDist(exampleBrand, { siteUrl: exampleSiteUrl }),
    siteName: brandConfig(exampleBrand).name,
    markId: 'severn-oracy',
    mark: definition('severn-oracy', `brands/${exampleBrand}/marks`),
  },
  {
    what: 'a copy served from a sub-folder',
    origin: `http://127.0.0.1:${subPathPort}`,
    base: `${subPath}/`,
    dist: subPathDist,
    siteName: 'Quality Mark Handbook',
    markId: 'wiltshire-lsqm',
    mark: wiltshire,
  },
];

for (const copy of copies) {
  test.describe(`printing ${copy.what}`, () => {
    test.use({ baseURL: copy.origin });

    test('prints a grid and its pack with the copy’s name and page numbers on every sheet, from its own files and links', async ({
      page,
      request,
    }, testInfo) => {
      const requested: string[] = [];
      const failed: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      const level = copy.mark.levels[0]!;
      const head = `${copy.siteName} · ${copy.mark.shortName} · ${level.name}`;
      await page.goto(`${copy.base}marks/${copy.markId}/levels/${level.id}/`);
      const grid = await printToPdf(page, testInfo, `${copy.markId}-grid`);
      expectSheets(grid, { head, orientation: landscapeOf(level), date: versionOf(copy.dist) });
      expectStatements(grid, statementsOf(level));

      // The running header's words came from this copy's own print-header.css; nothing was missing.
      expect(requested).toContain(`${copy.base}print-header.css`);
      expect(requested.filter((path) => !path.startsWith(copy.base))).toEqual([]);
      expect(failed).toEqual([]);
      // Every link on the page stays in the copy and leads to a page that is there.
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      const pages = [...new Set(hrefs.filter((href) => !href.startsWith('#')).map((href) => href.split('#')[0]!))];
      expect(pages.length).toBeGreaterThan(5);
      for (const href of pages) {
        expect(href, 'a link within the copy').toMatch(new RegExp(`^${copy.base}`));
        expect((await request.get(href)).status(), href).toBe(200);
      }

      // The print control leads to the level's pack, printed with the day's date.
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('link', { name: new RegExp(`^Printable ${level.name} pack`) }).click();
      await expect(page).toHaveURL(new RegExp(`${copy.base}marks/${copy.markId}/levels/${level.id}/print/$`));
      const pack = await printToPdf(page, testInfo, `${copy.markId}-pack`);
      expectSheets(pack, { head, orientation: landscapeOf(level), date: printedToday() });
      expectStatements(pack, statementsOf(level));
      expect(failed).toEqual([]);
    });
  });
}
