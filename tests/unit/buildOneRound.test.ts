// A build with mistakes across a brand and its marks, run as a hub runs it (`BRAND=<name> astro build` on a
// copy of the project): every problem in one round, printed as the first and the last lines, no stack trace.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access -- these tests break JSON files in place, where `any` is the honest type. */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../fixtures/projectCopy.mjs';

let dir: string;

/** Edits a JSON file of the copy in place. */
function edit(file: string, change: (data: any) => void): void {
  const data: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  change(data);
  writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
}

/** Runs `astro build` in the copy for the brand "broken"; its exit code and everything it printed, stdout and stderr in order. */
function build(env: Record<string, string> = {}): { status: number | null; lines: string[] } {
  const environment: Record<string, string | undefined> = { ...process.env, BRAND: 'broken', BASE_PATH: '', ...env };
  if (!('DEBUG' in env)) delete environment.DEBUG;
  const run = spawnSync('/bin/sh', ['-c', `"${process.execPath}" node_modules/astro/bin/astro.mjs build 2>&1`], {
    cwd: dir,
    env: environment,
    encoding: 'utf8',
  });
  return { status: run.status, lines: run.stdout.split('\n').filter((line) => line.trim() !== '') };
}

beforeAll(() => {
  dir = projectCopy('broken-brand');
  cpSync(join(dir, 'brands/severn-hub'), join(dir, 'brands/broken'), { recursive: true });
  // Five mistakes in the brand file.
  edit('brands/broken/brand.json', (brand) => {
    brand.tagline = 'Quality marks.'; // 1. too short
    brand.colours.link = 'blue'; // 2. not #rrggbb
    delete brand.logo.alt; // 3. missing
    brand.colour = { accent: '#5a1e6e' }; // 4. unknown field
    brand.marks = ['severn-oracy', 'english-maths']; // 5. no such mark
  });
  // One in the brand's own mark, one in a shared mark.
  edit('brands/broken/marks/severn-oracy/definition.json', (mark) => delete mark.levels[0].rule);
  edit('src/frameworks/marks/english-maths-qm/definition.json', (mark) => (mark.sequential = 'yes'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build with five mistakes in brand.json and one in each of two marks', () => {
  it('reports all seven at once, each with file, field and fix, first line first and last line last, without a stack trace', () => {
    const { status, lines } = build();
    expect(status).toBe(1);
    expect(lines).toEqual([
      'brands/broken/brand.json: tagline: is too short for a meta description; write a sentence of at least 20 characters',
      'brands/broken/brand.json: logo.alt: is missing; add "alt" (text in quotes)',
      'brands/broken/brand.json: colours.link: must be a six-digit hex colour such as "#0b4f6c"',
      'brands/broken/brand.json: (the whole file): has unknown field "colour"; remove it or correct its spelling',
      'brands/broken/brand.json: marks[1]: "english-maths" is not a mark; the marks are "english-maths-qm", "wellbeing-qm", "whmat-wellbeing", "wiltshire-lsqm", "severn-oracy"',
      'src/frameworks/marks/english-maths-qm/definition.json: sequential: should be true or false but is string "yes"',
      'brands/broken/marks/severn-oracy/definition.json: levels[0].rule (level "speaking-up"): is missing; add "rule" (an object in { })',
    ]);
  }, 60_000);

  it('with DEBUG set, the problems still come first, and Astro’s stack trace follows', () => {
    const { status, lines } = build({ DEBUG: '1' });
    expect(status).not.toBe(0);
    expect(lines[0]).toBe('brands/broken/brand.json: tagline: is too short for a meta description; write a sentence of at least 20 characters');
    expect(lines.some((line) => /^\s+at /.test(line))).toBe(true);
  }, 60_000);

  it('a broken brand alone prints its one problem as the first and the last line', () => {
    edit('brands/broken/brand.json', (brand) => {
      brand.tagline = 'Quality marks for the schools of the Severn hub.';
      brand.colours.link = '#6a2383';
      brand.logo.alt = 'Severn Hub';
      delete brand.colour;
      brand.marks = ['severn-oracy', 'english-maths-qm'];
      brand.colours.accent = '#5a1e6';
    });
    edit('brands/broken/marks/severn-oracy/definition.json', (mark) => (mark.levels[0].rule = { kind: 'bestFit' }));
    edit('src/frameworks/marks/english-maths-qm/definition.json', (mark) => (mark.sequential = true));
    const { status, lines } = build();
    expect(status).toBe(1);
    expect(lines).toEqual(['brands/broken/brand.json: colours.accent: must be a six-digit hex colour such as "#0b4f6c"']);
  }, 60_000);
});
