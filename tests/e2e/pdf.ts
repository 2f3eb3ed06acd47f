import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './test';

// Printing to PDF in Chromium and reading the PDF back with poppler (pdfinfo, pdftotext), for
// print.spec.ts and the tools' own print tests.

interface Statement {
  text: string;
}
export interface LevelData {
  id: string;
  name: string;
  responses: { options: unknown[] };
  fields?: unknown[];
  criteria:
    | { kind: 'roleGrid'; roles: { label: string }[]; areas: { rows: Record<string, Statement>[] }[] }
    | { kind: 'statements'; statements: Statement[] }
    | { kind: 'roleActivities'; roles: { label: string; activities: Statement[] }[] }
    | { kind: 'elements'; elements: Statement[] };
}
export const definition = (id: string, folder = 'src/frameworks/marks') =>
  JSON.parse(readFileSync(new URL(`../../${folder}/${id}/definition.json`, import.meta.url), 'utf8')) as {
    name: string;
    shortName: string;
    levels: LevelData[];
  };

export const statementsOf = (level: LevelData): string[] => {
  const c = level.criteria;
  if (c.kind === 'roleGrid') return c.areas.flatMap((a) => a.rows.flatMap((row) => Object.values(row).map((s) => s.text)));
  if (c.kind === 'statements') return c.statements.map((s) => s.text);
  if (c.kind === 'roleActivities') return c.roles.flatMap((r) => r.activities.map((s) => s.text));
  return c.elements.map((s) => s.text);
};

// The site header's links to the marks, by their short names.
export const otherMarks = ['wiltshire-lsqm', 'english-maths-qm', 'wellbeing-qm', 'whmat-wellbeing'].map((id) => definition(id).shortName);
export const A4 = { portrait: '594.96 x 841.92', landscape: '841.92 x 594.96' };
// A line that ends at a hyphen ("artists-in-" / "residence") is one word broken where the browser may break it.
export const words = (s: string) => s.replace(/-\n/g, '-').replace(/\s+/g, ' ').trim();

/** Whether a level prints on landscape sheets, as src/site/print.ts decides: a grid by role, or elements with writing columns. */
export const landscapeOf = (level: LevelData): keyof typeof A4 =>
  level.criteria.kind === 'roleGrid' || (level.criteria.kind === 'elements' && level.responses.options.length + (level.fields?.length ?? 0) > 3)
    ? 'landscape'
    : 'portrait';

const months = 'January February March April May June July August September October November December'.split(' ');
const inWords = (date: Date) => `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`;
/** The date line of a sheet printed today: the tools and level packs stamp it when they print. */
export const printedToday = () => `Printed ${inWords(new Date())}`;
/**
 * The date line of a page that runs no script (grid and guidance pages): the version it shows, the day its
 * copy of the site was built, which is when the build wrote print-header.css.
 */
export const versionOf = (dist: string) => `Web page as of ${inWords(statSync(join(dist, 'print-header.css')).mtime)}`;
/** The real site's build. */
export const dist = new URL('../../dist/', import.meta.url).pathname;

export interface Printed {
  /** Each sheet's text in reading order, whitespace collapsed. */
  sheets: string[];
  /** Each sheet's text laid out as printed. */
  layout: string[];
  sizes: string[];
}

/** Prints the page as Chromium does to PDF, with the page's own @page sizes, and reads the PDF back. */
export async function printToPdf(page: Page, testInfo: TestInfo, name: string): Promise<Printed> {
  await page.emulateMedia({ media: 'print' });
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((m) => m[1]!);
  const pages = (mode: string[]) =>
    execFileSync('pdftotext', [...mode, file, '-'], { encoding: 'utf8' })
      .split('\f')
      .slice(0, sizes.length);
  // -raw keeps the content stream's order: Chromium draws a table cell by cell, so each cell's words stay together.
  return { sizes, sheets: pages(['-raw']).map(words), layout: pages(['-layout']) };
}

/** Checks what every printed sheet must have: size, the running header and date, "Page X of Y", no site chrome. */
export function expectSheets(printed: Printed, { head, orientation, date }: { head: string; orientation: keyof typeof A4; date: string }) {
  const chrome = ['Skip to', 'Search', 'Accessibility', 'Privacy', ...otherMarks.filter((name) => !head.includes(name))];
  const { sizes, sheets } = printed;
  expect(sizes.length).toBeGreaterThan(0);
  expect(sizes, 'every sheet A4 ' + orientation).toEqual(sizes.map(() => A4[orientation]));
  sheets.forEach((sheet, i) => {
    expect(sheet, `sheet ${i + 1}: running header`).toContain(head);
    expect(sheet, `sheet ${i + 1}: page number`).toContain(`Page ${i + 1} of ${sheets.length}`);
    expect(sheet, `sheet ${i + 1}: source`).toContain('Source: ');
    expect(sheet, `sheet ${i + 1}: date`).toContain(date);
    // A sheet states one date: the day it was printed, or the version of a page that cannot know that day.
    expect(sheet, `sheet ${i + 1}: one date line`).not.toContain(date.startsWith('Printed') ? 'Web page as of' : 'Printed ');
    for (const text of chrome) expect(sheet, `sheet ${i + 1}: no navigation`).not.toContain(text);
  });
}

/** Every statement whole on one sheet (so no row was split across sheets). */
export function expectStatements(printed: Printed, statements: string[]) {
  for (const statement of statements) {
    const whole = words(statement);
    expect(
      printed.sheets.some((sheet) => sheet.includes(whole)),
      `whole on one sheet: ${whole.slice(0, 60)}…`,
    ).toBe(true);
  }
}
