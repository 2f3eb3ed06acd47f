import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '~/integrations/brand';
import { contrast, parseBrandConfig } from '~/frameworks/brandSchema';
import { en } from '~/text/en';

const MARKS = ['english-maths-qm', 'wiltshire-lsqm'];
const TEXT_KEYS = Object.keys(en);
const good = { name: 'Severn Hub Handbook', tagline: 'Quality marks for the schools of the Severn hub.' };

function messageFor(config: unknown, files: string[] = []): string {
  try {
    parseBrandConfig(config, 'brands/default/brand.json', MARKS, (path) => files.includes(path), TEXT_KEYS);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('the brand config', () => {
  it('fills in the defaults for what a hub leaves out', () => {
    expect(parseBrandConfig(good, 'brands/default/brand.json', MARKS, () => false, TEXT_KEYS)).toEqual({
      ...good,
      colours: { accent: '#0b4f6c', onAccent: '#ffffff', link: '#0b57a4' },
      font: 'system',
      text: {},
    });
    // Each colour defaults on its own.
    expect(parseBrandConfig({ ...good, colours: { accent: '#5a1e6e' } }, 'brands/default/brand.json', MARKS, () => false, TEXT_KEYS).colours).toEqual(
      {
        accent: '#5a1e6e',
        onAccent: '#ffffff',
        link: '#0b57a4',
      },
    );
  });

  it('takes rewordings of the interface by key, and names a key that does not exist', () => {
    const text = { 'readiness.result': 'Outcome', 'priorities.added': { one: '1 file added', other: '{count} files added' } };
    expect(parseBrandConfig({ ...good, text }, 'brands/default/brand.json', MARKS, () => false, TEXT_KEYS).text).toEqual(text);
    expect(messageFor({ ...good, text: { 'readiness.reslt': 'Outcome' } })).toMatchInlineSnapshot(`
      "Site config brands/default/brand.json is not valid (1 problem):
        - text."readiness.reslt": is not a text of the interface; use a key from src/text/en.ts, such as "readiness.result""
    `);
  });

  it('rejects header colours too close to read, saying by how much', () => {
    expect(messageFor({ ...good, colours: { accent: '#7fb3d5', onAccent: '#ffffff', link: '#0b57a4' } })).toMatchInlineSnapshot(`
      "Site config brands/default/brand.json is not valid (1 problem):
        - colours.accent: #7fb3d5 against the header's text, colours.onAccent (#ffffff) has a contrast of 2.3:1; WCAG AA needs 4.5:1 for text, so choose a darker accent, or set colours.onAccent to a dark colour such as "#1b1b1b" for a light one"
    `);
  });

  it('names a mark id that does not exist, and the ones that do', () => {
    expect(messageFor({ ...good, marks: ['wiltshire-lsqm', 'wiltshire'] })).toMatchInlineSnapshot(`
      "Site config brands/default/brand.json is not valid (1 problem):
        - marks[1]: "wiltshire" is not a mark; the marks are "english-maths-qm", "wiltshire-lsqm""
    `);
  });

  it('names a logo missing from the brand’s folder, a colour in the wrong form and a misspelt field together', () => {
    expect(messageFor({ ...good, logo: { src: 'hub.svg', alt: 'Severn Hub' } })).toContain('logo.src: brands/default/hub.svg does not exist');
    expect(messageFor({ ...good, colours: { accent: 'teal', onAccent: '#ffffff', link: '#0b57a4' }, tagLine: 'x' })).toMatchInlineSnapshot(`
      "Site config brands/default/brand.json is not valid (2 problems):
        - colours.accent: must be a six-digit hex colour such as "#0b4f6c"
        - (the whole file): has unknown field "tagLine"; remove it or correct its spelling"
    `);
  });

  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#0b4f6c', '#ffffff')).toBeGreaterThan(4.5);
  });
});

describe('reading the brand file', () => {
  const project = (config: string) => {
    const root = mkdtempSync(join(tmpdir(), 'qmh-brand-'));
    mkdirSync(join(root, 'src/frameworks/marks/english-maths-qm'), { recursive: true });
    writeFileSync(join(root, 'src/frameworks/marks/english-maths-qm/definition.json'), '{"id":"english-maths-qm"}');
    mkdirSync(join(root, 'brands/default'), { recursive: true });
    writeFileSync(join(root, 'brands/default/brand.json'), config);
    return root;
  };

  it('checks it once, against the marks in the project', () => {
    const root = project('{"name":"Hub","tagline":"Quality marks for the schools of the hub.","marks":["english-maths-qm"]}');
    expect(loadBrand(root).marks).toEqual(['english-maths-qm']);
    rmSync(root, { recursive: true });
  });

  it('names the file when it is not JSON', () => {
    const root = project('{"name": "Hub",}');
    expect(() => loadBrand(root)).toThrow(/^Site config brands\/default\/brand\.json could not be read: .*\. Check it is valid JSON\.$/);
    rmSync(root, { recursive: true });
  });
});
