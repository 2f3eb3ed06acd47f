import { expect, test } from './test';
import { definition, expectSheets, expectStatements, printToPdf, statementsOf, words } from './pdf';

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
      if (level.id === 'bronze') {
        // Blank: a box for each answer under every statement, and nobody's answers.
        const boxes = printed.layout.join('\n').match(/In place\s+Developing\s+Not yet/g) ?? [];
        expect(boxes).toHaveLength(statementsOf(level).length);
        expect(printed.sheets.join(' ')).not.toContain('Printed ');
        expect(printed.sizes.length).toBeLessThanOrEqual(6);
      }
    }
  });

  test('prints the English and mathematics elements with their two columns, on landscape A4', async ({ page }, testInfo) => {
    const mark = definition('english-maths-qm');
    const level = mark.levels[0]!;
    await page.goto(`/marks/english-maths-qm/levels/${level.id}/`);
    const printed = await printToPdf(page, testInfo, 'english-maths');
    expectSheets(printed, { head: `Quality Mark Handbook · ${mark.shortName} · ${level.name}`, orientation: 'landscape' });
    expectStatements(printed, statementsOf(level));
    const gridSheets = printed.sheets.slice(printed.sheets.findIndex((s) => s.includes(`The ${level.name} grid`)));
    for (const sheet of gridSheets) {
      expect(sheet).toContain('Summary of current practice');
      expect(sheet).toContain('Evidence source');
    }
  });

  test('prints our answers with the school, the date and the result, and the blank pack with none of them', async ({ page }, testInfo) => {
    const bronze = wiltshire.levels.find((l) => l.id === 'bronze')!;
    await page.goto('/marks/wiltshire-lsqm/levels/bronze/self-assessment/');
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
    expectSheets(answers, { head: `Quality Mark Handbook · ${wiltshire.shortName} · Bronze`, orientation: 'portrait' });
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
    expectSheets(blank, { head: `Quality Mark Handbook · ${wiltshire.shortName} · Bronze`, orientation: 'landscape' });
    const blankText = blank.sheets.join(' ');
    for (const absent of ['Riverside Primary School', 'governors’ minutes', 'Printed ', '30 of 48']) expect(blankText).not.toContain(absent);
    for (const present of ['Guidance', 'What the school must show', 'Present', 'The Bronze grid']) expect(blankText).toContain(present);
    expectStatements(blank, statementsOf(bronze));
  });

  test('prints every other tool with the running header, page numbers, the school and its result; the questionnaire as a blank copy', async ({
    page,
  }, testInfo) => {
    const tools = [
      { path: 'wiltshire-lsqm/readiness', mark: 'wiltshire-lsqm', result: 'readiness-headline' },
      { path: 'whmat-wellbeing/audit', mark: 'whmat-wellbeing', result: 'audit-status' },
      { path: 'whmat-wellbeing/priorities', mark: 'whmat-wellbeing', result: 'priorities-table' },
      { path: 'wellbeing-qm/surveys', mark: 'wellbeing-qm', result: 'survey-overview' },
    ];
    for (const tool of tools) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`/marks/${tool.path}/`);
      await page.getByLabel(/School name/).fill('Riverside Primary School');
      if (tool.path.endsWith('audit')) {
        const first = page.locator('fieldset.criterion').first();
        await first.getByRole('radio', { name: 'Agree', exact: true }).check();
        await first.getByLabel('Evidence').fill('Staff survey, spring term');
      }
      const result = words(await page.getByTestId(tool.result).innerText());
      const printed = await printToPdf(page, testInfo, tool.path.replace('/', '-'));
      expectSheets(printed, { head: `Quality Mark Handbook · ${marksName(tool.mark)}`, orientation: 'portrait' });
      const all = printed.sheets.join(' ');
      expect(all, tool.path).toContain('School: Riverside Primary School');
      expect(all, tool.path).toMatch(/Printed \d{1,2} \w+ \d{4}/);
      expect(words(printed.layout.join(' ')), tool.path).toContain(result.slice(0, 40));
      if (tool.path.endsWith('audit')) expect(all).toContain('Staff survey, spring term');
    }
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/marks/whmat-wellbeing/questionnaire/');
    await expect(page.getByRole('button', { name: 'Print a blank copy for discussion' })).toBeVisible();
    await expect(page.getByLabel(/School name/)).toHaveCount(0);
    const blank = await printToPdf(page, testInfo, 'questionnaire');
    expectSheets(blank, { head: `Quality Mark Handbook · ${marksName('whmat-wellbeing')}`, orientation: 'portrait' });
  });
});
