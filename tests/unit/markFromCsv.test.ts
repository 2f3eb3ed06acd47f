/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- definitions are read as JSON here. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMark } from '~/frameworks/parseMark';
import { checkMarkFolders, definitions } from '~/integrations/brand';
import { markFromCsv, writeMark } from '../../scripts/markFromCsv.mjs';

const TEMPLATE = 'mark-template.csv';
const EXAMPLE = 'brands/severn-hub/marks/severn-oracy/definition.json';
const template = readFileSync(TEMPLATE, 'utf8');

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** The message a CSV is refused with. */
function refusal(csv: string): string {
  try {
    markFromCsv(csv, { file: 'criteria.csv', id: 'tiny' });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the CSV to be refused');
}

const HEADER = 'level,area,role,statement,reference,kind\n';

describe('npm run mark:from-csv', () => {
  it('the example brand’s mark is the template CSV’s criteria: the committed definition is what the template makes of it', () => {
    const committed = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    const withoutCriteria = { ...committed, levels: committed.levels.map(({ criteria: _criteria, ...level }: any) => level) };
    expect(markFromCsv(template, { file: TEMPLATE, id: 'severn-oracy', existing: withoutCriteria })).toEqual(committed);
  });

  it('the template alone becomes a valid definition and an overview page, which the build accepts', () => {
    const root = mkdtempSync(join(tmpdir(), 'qmh-csv-'));
    dirs.push(root);
    const written = writeMark(root, TEMPLATE, { id: 'our-oracy', brand: 'our-hub' });
    expect(written.map((file: string) => file.slice(root.length + 1))).toEqual([
      'brands/our-hub/marks/our-oracy/definition.json',
      'brands/our-hub/content/our-oracy/index.mdx',
    ]);
    const found = definitions(root, 'our-hub');
    expect(() => checkMarkFolders(root, found)).not.toThrow();
    const mark = parseMark(found[0]!.data, found[0]!.file);
    expect(mark.levels.map((level) => [level.id, level.criteria.kind])).toEqual([
      ['speaking-up', 'statements'],
      ['speaking-out', 'statements'],
    ]);
  });

  it('makes each of the four kinds of criteria from its columns', () => {
    const csv =
      HEADER +
      [
        'Bronze,Teaching,Senior leaders,Leaders set the vision.,B1.1,',
        'Bronze,Teaching,Middle leaders,Middle leaders share it.,B1.2,',
        'Bronze,Teaching,Senior leaders,Leaders check it.,B1.3,',
        'Bronze,Teaching,Middle leaders,Middle leaders check it.,B1.4,',
        'Silver,,Senior leaders,Mentor a colleague.,S1,',
        'Silver,,Middle leaders,Lead a project.,S2,',
        'Gold,,,"Pupils speak, and listen.",G1,',
        'Quality mark,,,Element one.,E1,elements',
        'Quality mark,,,Element two.,E2,elements',
      ].join('\n');
    const data = markFromCsv(csv, { file: 'criteria.csv', id: 'tiny' });
    const mark = parseMark(data, 'criteria.csv');
    expect(mark.levels.map((level) => level.criteria.kind)).toEqual(['roleGrid', 'roleActivities', 'statements', 'elements']);
    expect(mark.levels[0]!.criteria).toMatchObject({
      roles: [
        { id: 'senior-leaders', label: 'Senior leaders' },
        { id: 'middle-leaders', label: 'Middle leaders' },
      ],
      areas: [
        { label: 'Teaching', rows: [{ 'senior-leaders': { id: 'b1-1' }, 'middle-leaders': { id: 'b1-2' } }, { 'senior-leaders': { id: 'b1-3' } }] },
      ],
    });
    expect(mark.levels[2]!.criteria).toEqual({ kind: 'statements', statements: [{ id: 'g1', text: 'Pupils speak, and listen.' }] });
  });

  it('refuses a bad row naming its line and column, every bad row in one go', () => {
    expect(refusal(HEADER + 'Bronze,,,,B1,\nBronze,,,Two.,B1,\nBronze,,,Three.,B3,list\n')).toBe(
      [
        'criteria.csv line 2, column D (statement): is empty; every criterion needs its statement',
        'criteria.csv line 3, column E (reference): "B1" is also the reference on line 2; each criterion needs its own',
        'criteria.csv line 4, column F (kind): is "list"; leave it empty, or write "elements" for a numbered list of elements that must all be met',
      ].join('\n'),
    );
    expect(refusal('level,area,role,text,reference,kind\nBronze,,,One.,B1,\n')).toBe(
      'criteria.csv line 1, column D (statement): is "text" where the template has "statement"; keep the template\'s header row: level,area,role,statement,reference,kind',
    );
    expect(refusal(HEADER + 'Bronze,,,One.,B1,\nBronze,,Senior leaders,Two.,B2,\n')).toBe(
      "criteria.csv line 3, column B (area): makes this row a different kind of criterion from line 2, the level's first; every row of a level has the same columns filled",
    );
  });

  it('runs from npm, and a refused CSV exits with its line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qmh-csv-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'bad.csv'), HEADER + 'Bronze,,,One.,,\n');
    const run = spawnSync('npm', ['run', '--silent', 'mark:from-csv', '--', join(dir, 'bad.csv'), '--brand', 'nobody'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${join(dir, 'bad.csv')} line 2, column E (reference): is empty; every criterion needs its reference`);
  });
});
