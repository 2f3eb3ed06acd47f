/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- these tests break JSON definitions in place, where `any` is the honest type. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBrandConfig } from '~/frameworks/brandSchema';
import { parseMark } from '~/frameworks/parseMark';
import { en } from '~/text/en';
import { checkMarkFolders, definitions, loadBrand } from '~/integrations/brand';
import whmat from '~/frameworks/marks/whmat-wellbeing/definition.json';
import wellbeing from '~/frameworks/marks/wellbeing-qm/definition.json';
import { tinyInput, wiltshireInput } from '../fixtures/marks';

// The broken inputs of issue 13 that used to build a broken site without a word: each now fails the
// build naming the file, the field and the fix, and each message is pinned here.

const FILE = 'src/frameworks/marks/tiny/definition.json';

/** The build's message for a broken definition. */
function markError(input: unknown): string {
  try {
    parseMark(input, FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the definition to be rejected');
}

const tiny = (): any => tinyInput();
const good = { name: 'Severn Hub Handbook', tagline: 'Quality marks for the schools of the Severn hub.' };

function brandError(config: unknown): string {
  try {
    parseBrandConfig(config, 'brands/severn/brand.json', ['english-maths-qm', 'wellbeing-qm'], (path) => path === 'logo.svg', Object.keys(en));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the brand file to be rejected');
}

describe('a project’s marks, checked across files', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A project with these files (path → text), checked as the build checks it. */
  function projectError(files: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), 'qmh-marks-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    try {
      checkMarkFolders(root, definitions(root, 'severn'));
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the project to be rejected');
  }

  it('1. a mark without its overview page src/content/<id>/index.mdx', () => {
    expect(projectError({ 'src/frameworks/marks/tiny/definition.json': '{"id":"tiny"}' })).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - (the mark's overview page): src/content/tiny/index.mdx does not exist; add it (front matter: title, description, nav, order), since every page's navigation links to it"
    `);
  });

  it('2. a mark whose folder is not named after its id', () => {
    expect(projectError({ 'src/frameworks/marks/tiny-mark/definition.json': '{"id":"tiny"}', 'src/content/tiny/index.mdx': '' }))
      .toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny-mark/definition.json is not valid (1 problem):
        - id: is "tiny" but the folder is "tiny-mark"; the mark's URLs and pages follow its id, so rename the folder to "tiny" or set "id" to "tiny-mark""
    `);
  });

  it('3. two marks with one id (a shared mark and a brand’s own)', () => {
    expect(
      projectError({
        'src/frameworks/marks/tiny/definition.json': '{"id":"tiny"}',
        'src/content/tiny/index.mdx': '',
        'brands/severn/marks/tiny/definition.json': '{"id":"tiny"}',
        'brands/severn/content/tiny/index.mdx': '',
      }),
    ).toMatchInlineSnapshot(`
      "Mark definition brands/severn/marks/tiny/definition.json is not valid (1 problem):
        - id: "tiny" is also the id of src/frameworks/marks/tiny/definition.json; each mark needs its own id, so rename one"
    `);
  });

  it('17. a definition that is not JSON names its file', () => {
    root = mkdtempSync(join(tmpdir(), 'qmh-marks-'));
    mkdirSync(join(root, 'src/frameworks/marks/tiny'), { recursive: true });
    writeFileSync(join(root, 'src/frameworks/marks/tiny/definition.json'), '{"id": "tiny",}');
    expect(() => definitions(root)).toThrow(
      /^Mark definition src\/frameworks\/marks\/tiny\/definition\.json could not be read: Expected double-quoted property name in JSON at position 14.*\. Check it is valid JSON\.$/,
    );
  });

  it('17. a brand file that is not JSON names its file, and an unknown brand names the brands there are', () => {
    root = mkdtempSync(join(tmpdir(), 'qmh-marks-'));
    mkdirSync(join(root, 'brands/severn'), { recursive: true });
    writeFileSync(join(root, 'brands/severn/brand.json'), '{"name": "Hub",}');
    expect(() => loadBrand(root, 'severn')).toThrow(/^Site config brands\/severn\/brand\.json could not be read: .*\. Check it is valid JSON\.$/);
    expect(() => loadBrand(root, 'seven')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Brand "seven" has no brands/seven/brand.json; the brands are "severn". Set BRAND to one of them, or leave it unset for "default".]`,
    );
  });
});

describe('a brand file', () => {
  it('4. one mark listed twice in "marks"', () => {
    expect(brandError({ ...good, marks: ['wellbeing-qm', 'english-maths-qm', 'wellbeing-qm'] })).toMatchInlineSnapshot(`
      "Site config brands/severn/brand.json is not valid (1 problem):
        - marks[2]: repeats "wellbeing-qm" (also marks[0]); list each mark once"
    `);
  });

  it('14. a logo outside the brand’s folder: "../package.json"', () => {
    expect(brandError({ ...good, logo: { src: '../package.json', alt: 'Severn Hub' } })).toMatchInlineSnapshot(`
      "Site config brands/severn/brand.json is not valid (1 problem):
        - logo.src: "../package.json" is not an image file in brands/severn/; give its path from that folder, such as "logo.svg" (an .svg, .png, .webp, .jpg, .gif or .avif file, with no "..", "." or leading "/")"
    `);
  });

  it('15. a logo that is a folder: "."', () => {
    expect(brandError({ ...good, logo: { src: '.', alt: 'Severn Hub' } })).toMatchInlineSnapshot(`
      "Site config brands/severn/brand.json is not valid (1 problem):
        - logo.src: "." is not an image file in brands/severn/; give its path from that folder, such as "logo.svg" (an .svg, .png, .webp, .jpg, .gif or .avif file, with no "..", "." or leading "/")"
    `);
  });

  it('16. a logo on another origin: "/evil.example/logo.svg" (rendered as //evil.example/…)', () => {
    expect(brandError({ ...good, logo: { src: '/evil.example/logo.svg', alt: 'Severn Hub' } })).toMatchInlineSnapshot(`
      "Site config brands/severn/brand.json is not valid (1 problem):
        - logo.src: "/evil.example/logo.svg" is not an image file in brands/severn/; give its path from that folder, such as "logo.svg" (an .svg, .png, .webp, .jpg, .gif or .avif file, with no "..", "." or leading "/")"
    `);
  });

  it('takes a logo in the brand’s folder and a base path', () => {
    expect(
      parseBrandConfig(
        { ...good, logo: { src: 'logo.svg', alt: 'Severn Hub' }, basePath: '/severn/' },
        'brands/severn/brand.json',
        [],
        (p) => p === 'logo.svg',
        Object.keys(en),
      ),
    ).toMatchObject({
      logo: { src: 'logo.svg' },
      basePath: '/severn/',
    });
    expect(brandError({ ...good, basePath: 'severn' })).toMatchInlineSnapshot(`
      "Site config brands/severn/brand.json is not valid (1 problem):
        - basePath: must be a path such as "/severn/" (lower-case letters, digits and hyphens, starting and ending with "/")"
    `);
  });
});

describe('a mark definition', () => {
  it('5. two options of a level with one id', () => {
    const input = tiny();
    input.levels[0].responses.options[2].id = 'done';
    expect(markError(input)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - levels[0].responses.options[2].id (level "one", option "done"): repeats option id "done" (also options[0]); the second could never be chosen, so give each option its own id"
    `);
  });

  it('6. two points of a rating scale with one value', () => {
    const input = structuredClone(whmat) as any;
    input.ratings.scale[2].value = input.ratings.scale[1].value;
    expect(markError(input)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - ratings.scale[2].value: repeats the value 2 of scale[1]; give each point its own value, lowest first"
    `);
  });

  it('7. two survey groups with one id', () => {
    const input = structuredClone(wellbeing) as any;
    input.surveys.groups[1].id = input.surveys.groups[0].id;
    expect(markError(input)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - surveys.groups[1].id (group "pupils"): repeats group id "pupils" (also groups[0]); both would share one set of figures, so give each group its own id"
    `);
  });

  it('8. two text fields of a level with one id', () => {
    const input = tiny();
    input.levels[0].fields = [
      { id: 'evidence', label: 'Evidence', purpose: 'evidence' },
      { id: 'evidence', label: 'Action', purpose: 'action' },
    ];
    expect(markError(input)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - levels[0].fields[1].id (level "one", field "evidence"): repeats field id "evidence" (also fields[0]); both boxes would show the same words, so give each field its own id"
    `);
  });

  it('9. two requirements of a level with one id', () => {
    const input = tiny();
    input.levels[0].requirements = [
      { id: 'visit', text: 'A visit is booked.' },
      { id: 'visit', text: 'A report is written.' },
    ];
    expect(markError(input)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - levels[0].requirements[1].id (level "one", requirement "visit"): repeats requirement id "visit" (also requirements[0]); both would share one answer, so give each requirement its own id"
    `);
  });

  it('10. two roles with one id', () => {
    const input = tiny();
    input.levels[0].criteria = {
      kind: 'roleActivities',
      roles: [
        { id: 'head', label: 'Headteacher', activities: [{ id: 'a-1', text: 'Leads.' }] },
        { id: 'head', label: 'Deputy', activities: [{ id: 'a-2', text: 'Supports.' }] },
      ],
    };
    expect(markError(input)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - levels[0].criteria.roles[1].id (level "one", role "head"): repeats role id "head" (also roles[0]); give each role its own id"
    `);
    // In a grid too, the repeated role is what is reported.
    const grid = wiltshireInput() as any;
    grid.levels[0].criteria.roles[1].id = grid.levels[0].criteria.roles[0].id;
    expect(markError(grid).split('\n')[1]).toMatchInlineSnapshot(
      `"  - levels[0].criteria.roles[1].id (level "bronze", role "middle"): repeats role id "middle" (also roles[0]); give each role its own id"`,
    );
  });

  it('11. a rating scale listed highest first', () => {
    const input = structuredClone(whmat) as any;
    input.ratings.scale.reverse();
    expect(markError(input)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (3 problems):
        - ratings.scale[1].value: is 3, lower than the 4 before it; list the scale lowest first (a higher value means stronger)
        - ratings.scale[2].value: is 2, lower than the 3 before it; list the scale lowest first (a higher value means stronger)
        - ratings.scale[3].value: is 1, lower than the 2 before it; list the scale lowest first (a higher value means stronger)"
    `);
  });

  it('12. an option that both meets and plans an action for an unmet criterion', () => {
    const input = tiny();
    input.levels[0].responses.options[0].plans = true;
    expect(markError(input)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - levels[0].responses.options[0] (level "one", option "done"): has both "meets": true and "plans": true, but a planned action is for a criterion not yet met; keep one of them"
    `);
  });

  it('13. the id "constructor", as a survey group, an option or a mark', () => {
    const group = structuredClone(wellbeing) as any;
    group.surveys.groups[0].id = 'constructor';
    expect(markError(group)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - surveys.groups[0].id (group "constructor"): is "constructor", a name every JavaScript object already has; choose another id, e.g. "constructor-1""
    `);
    const option = tiny();
    option.levels[1].responses.options[1].id = 'constructor';
    expect(markError(option)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - levels[1].responses.options[1].id (level "two", option "constructor"): is "constructor", a name every JavaScript object already has; choose another id, e.g. "constructor-1""
    `);
    expect(markError({ ...tiny(), id: 'constructor' })).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/tiny/definition.json is not valid (1 problem):
        - id: is "constructor", a name every JavaScript object already has; choose another id, e.g. "constructor-1""
    `);
  });
});
