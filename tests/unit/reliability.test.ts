/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return -- the build family breaks JSON definitions in place, where `any` is the honest type. */
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBrandConfig } from '~/frameworks/brandSchema';
import { formatCsv } from '~/frameworks/csv';
import { INPUT_MAX_BYTES, limitInWords } from '~/frameworks/limits';
import { MarkFileEnvelope, markKindShapes } from '~/frameworks/markFile/format';
import { readMarkFile, type ReadMarkFile } from '~/frameworks/markFile/readMarkFile';
import { unpackShareFragment } from '~/frameworks/markFile/shareLink';
import { markFileOf, markFileText } from '~/frameworks/markFile/writeMarkFile';
import { parseMark } from '~/frameworks/parseMark';
import { migrations } from '~/frameworks/saved/migrations';
import { jsonShapeOf, shapeData, type SavedKind } from '~/frameworks/saved/shapes';
import type { Mark } from '~/frameworks/schema';
import { importSurveyCsvBytes } from '~/frameworks/surveys/importSurveyCsv';
import { en } from '~/text/en';
import { translator } from '~/text/translate';
import { refusalText } from '~/widgets/markFile/refusalText';
import { savedProblemText } from '~/widgets/shell/savedProblemText';
import { markDefinition, type MarkId } from '../fixtures/adapters';
import { tinyInput } from '../fixtures/marks';

// The reliability suite (issue 27): inputs a hostile or unlucky user meets, in seven families. Every
// case goes through the real reading functions and asserts two things: the user is told, in a clear
// sentence, and nothing is lost, the device's storage compared before and after (for the build, the
// definition it was given). The run prints how many cases each family has.

const FAMILIES = ['saved data', 'files', 'links', 'CSV', 'storage', 'security', 'build'] as const;
type Family = (typeof FAMILIES)[number];
const counts = Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number>;
const t = translator(en);

// ---- The device: a localStorage whose every write can be refused, and another tab that can empty it ----

// The events @nanostores/persistent hears; a key removed elsewhere comes with newValue null, which its types leave out.
type Listener = (event: { key: string; newValue: string }) => void;
const data = new Map<string, string>();
let full = false;
const listeners = new Set<Listener>();
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const methods = {
  getItem: (key: string) => data.get(key) ?? null,
  setItem: (key: string, value: string) => {
    if (full) throw quota();
    data.set(key, value);
  },
  removeItem: (key: string) => void data.delete(key),
  clear: () => data.clear(),
  key: (i: number) => [...data.keys()][i] ?? null,
};
const storage = new Proxy(methods, {
  get: (target, key) => (key === 'length' ? data.size : key in target ? target[key as keyof typeof methods] : data.get(String(key))),
  set: (_target, key, value: string) => {
    methods.setItem(String(key), value);
    return true;
  },
  has: (_target, key) => data.has(String(key)),
  deleteProperty: (_target, key) => data.delete(String(key)),
}) as unknown as Storage;

/** Another tab emptying keys of this site's storage (a mark's clear control there): each open store hears of it. */
function clearedElsewhere(keys: string[]) {
  for (const key of keys) data.delete(key);
  for (const key of keys) for (const listener of listeners) listener({ key, newValue: null as unknown as string });
}

// Each entry's clock (`_clock`, entryClock.ts) says when it changed, not what the user entered: left out of the comparison.
const withoutClock = (text: string) => {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || !('_clock' in value)) return text;
    const { _clock: _, ...rest } = value as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return text;
  }
};
const snapshot = () => JSON.stringify([...data].map(([key, text]) => [key, withoutClock(text)]).sort());

let stores: typeof import('~/widgets/stores/saved');
beforeAll(async () => {
  Object.assign(globalThis, { localStorage: storage, sessionStorage: storage });
  const persistent = await import('@nanostores/persistent');
  persistent.setPersistentEngine(storage, {
    addEventListener: (_key: string, listener: Listener) => void listeners.add(listener),
    removeEventListener: (_key: string, listener: Listener) => void listeners.delete(listener),
  });
  stores = await import('~/widgets/stores/saved');
});

// ---- The harness ----

interface Outcome {
  /** What the user is told. */
  message: string;
  /** 'unchanged': storage exactly as before; 'kept': everything stored before is still stored somewhere (kept aside). */
  storage?: 'unchanged' | 'kept';
}

/** A message a person can act on: a whole sentence, no placeholder left, no code or stack trace. */
function expectClear(message: string) {
  expect(message.length).toBeGreaterThan(15);
  expect(message).not.toMatch(/undefined|\[object |NaN|\{[a-z]+\}|\n\s+at |TypeError|SyntaxError|Unexpected token/);
  expect(message.trim()).toMatch(/[.…)”]$/);
}

let unique = 0;
function reliable(family: Family, name: string, run: () => Outcome | Promise<Outcome>, setup?: () => void) {
  counts[family] += 1;
  it(`${family}: ${name}`, async () => {
    data.clear();
    full = false;
    stores.$writeFailed.set(false);
    // The device holds a school's answers before every case: whatever happens, they must survive.
    data.set('qmh:answers:wiltshire-lsqm', JSON.stringify({ version: 1, levels: { bronze: { criteria: {}, requirements: {} } } }));
    setup?.();
    const before = snapshot();
    const beforeValues = [...data.values()];
    const outcome = await run();
    expectClear(outcome.message);
    if ((outcome.storage ?? 'unchanged') === 'unchanged') expect(snapshot()).toBe(before);
    else for (const value of beforeValues) expect([...data.values()]).toContain(value);
  });
}

afterAll(() => {
  const total = FAMILIES.reduce((sum, f) => sum + counts[f], 0);
  console.log(`Reliability suite: ${total} cases\n${FAMILIES.map((f) => `  ${f.padEnd(11)} ${String(counts[f]).padStart(3)}`).join('\n')}`);
  expect(total).toBeGreaterThanOrEqual(150);
  for (const family of FAMILIES) expect(counts[family]).toBeGreaterThan(0);
});

// ---- Saved data: damaged, foreign or newer text under a tool's key ----

const KINDS: SavedKind[] = ['answers', 'audit', 'questionnaire', 'responses', 'surveys', 'school', 'plan', 'snapshots'];
const DAMAGE: [string, (version: number) => string][] = [
  ['cut short', () => '{"version":1,"levels":{"bronze":'],
  ['a web page instead of JSON', () => '<!doctype html><title>Sign in</title>'],
  ['a list, not a record', () => '[1,2,3]'],
  ['a bare number', () => '42'],
  ['saved by a newer version of the site', (version) => JSON.stringify({ version: version + 7, levels: {} })],
];

describe('saved data', () => {
  for (const kind of KINDS)
    for (const [what, text] of DAMAGE)
      reliable('saved data', `${kind}: ${what} is reported, kept aside and survives the next edit`, () => {
        const shape = shapeData(kind);
        const markId = `reliable-${unique++}`;
        const key = `qmh:${kind}:${markId}`;
        data.set(key, text(shape.properties?.version?.const as number));
        const store = stores.saved(kind, markId, shape, { migrations: migrations[kind] });
        const stop = store.$value.listen(() => undefined);
        const problem = store.$problem.get();
        expect(problem, 'a problem is reported').toBeDefined();
        // An edit: what could not be read must still be on the device afterwards.
        store.update((value) => value);
        stop();
        expect(store.unreadText() ?? data.get(key)).toBe(text(shape.properties?.version?.const as number));
        return { message: savedProblemText(t, kind, problem!), storage: 'kept' };
      });
});

// ---- Files: what "Open a file" and the team page are given ----

const shapes = {
  envelope: jsonShapeOf(MarkFileEnvelope),
  kinds: Object.fromEntries(Object.entries(markKindShapes).map(([kind, shape]) => [kind, jsonShapeOf(shape)])) as Record<
    keyof typeof markKindShapes,
    ReturnType<typeof jsonShapeOf>
  >,
};
const MARKS: MarkId[] = ['wiltshire-lsqm', 'english-maths-qm', 'whmat-wellbeing', 'wellbeing-qm'];
const NOW = new Date('2026-11-26T10:30:00.000Z');
const goodFile = (mark: Mark) => markFileText(markFileOf(mark, {}, 'Oak Hill Primary', NOW));
const other = (mark: Mark) => markDefinition(MARKS.find((id) => id !== mark.id)!);
const edit = (text: string, change: (file: any) => void) => {
  const file = JSON.parse(text);
  change(file);
  return JSON.stringify(file);
};

const BAD_FILES: [string, (mark: Mark) => string][] = [
  ['an empty file', () => ''],
  ['a spreadsheet saved as .json', () => 'Tool,Level,Answer\r\nSelf-assessment,Bronze,In place\r\n'],
  ['cut short at a quarter', (mark) => goodFile(mark).slice(0, goodFile(mark).length / 4)],
  ['cut short at half', (mark) => goodFile(mark).slice(0, goodFile(mark).length / 2)],
  ['cut short by its last brace', (mark) => goodFile(mark).trimEnd().slice(0, -1)],
  ['another site’s JSON', () => '{"name":"package","version":"1.0.0"}'],
  ['another mark’s file', (mark) => goodFile(other(mark))],
  ['a file from a newer version', (mark) => edit(goodFile(mark), (f) => (f.version = 2))],
  ['a date that is not one', (mark) => edit(goodFile(mark), (f) => (f.savedAt = 'yesterday'))],
  ['a kind of data this site does not keep', (mark) => edit(goodFile(mark), (f) => (f.data.passwords = { version: 1 }))],
  ['answers that are not a record', (mark) => edit(goodFile(mark), (f) => (f.data.answers = 'all met'))],
  ['answers saved by a newer version', (mark) => edit(goodFile(mark), (f) => (f.data.answers = { version: 99, levels: {} }))],
  ['larger than the limit', (mark) => edit(goodFile(mark), (f) => (f.school = 'x'.repeat(INPUT_MAX_BYTES)))],
];

/** What the page does with a file: shows why it was refused, or replaces the device's data with it. */
function openAsThePageDoes(text: string, mark: Mark): ReadMarkFile {
  const read = readMarkFile(text, mark, shapes);
  if (read.ok) for (const [kind, value] of Object.entries(read.file.data)) data.set(`qmh:${kind}:${mark.id}`, JSON.stringify(value));
  return read;
}

describe('files', () => {
  for (const id of MARKS)
    for (const [what, text] of BAD_FILES)
      reliable('files', `${id}: ${what} is refused, saying why, and nothing on the device changes`, () => {
        const mark = markDefinition(id);
        const read = openAsThePageDoes(text(mark), mark);
        expect(read.ok).toBe(false);
        const message = read.ok ? '' : refusalText(t, read.refusal, mark.name);
        if (what === 'larger than the limit') expect(message).toContain(`at most ${limitInWords(INPUT_MAX_BYTES)}`);
        return { message };
      });
});

// ---- Links: what the shared page is given after "#" ----

const wiltshire = () => markDefinition('wiltshire-lsqm');
const pack = (text: string | Buffer) => `qmh1.${deflateRawSync(text).toString('base64url')}`;
const goodLink = () => pack(goodFile(wiltshire()));

const BAD_LINKS: [string, () => string][] = [
  ...[0.1, 0.3, 0.5, 0.7, 0.9].map((share): [string, () => string] => [
    `cut at ${share * 100}% when copied`,
    () => goodLink().slice(0, Math.floor(goodLink().length * share)),
  ]),
  ['missing its last 3 characters', () => goodLink().slice(0, -3)],
  ['pasted twice, end to end', () => `${goodLink()}${goodLink().slice(5)}`],
  ['with characters base64 never uses', () => `${goodLink().slice(0, 30)}%%!!${goodLink().slice(34)}`],
  ['with nothing after its prefix', () => 'qmh1.'],
  ['from a page’s own anchor', () => '#criteria'],
  ['from a later link format', () => `qmh9.${goodLink().slice(5)}`],
  ['carrying another mark’s answers', () => pack(goodFile(markDefinition('wellbeing-qm')))],
  ['carrying text that is not a file', () => pack('Meet at 4pm in the library.')],
  ['carrying a file from a newer version', () => pack(edit(goodFile(wiltshire()), (f) => (f.version = 3)))],
  ['carrying damaged answers', () => pack(edit(goodFile(wiltshire()), (f) => (f.data.answers = { version: 1, levels: 7 })))],
  ['unpacking to just over the limit', () => pack(Buffer.alloc(INPUT_MAX_BYTES + 1, 32))],
  ['unpacking to 50 MB', () => pack(Buffer.alloc(50 * 1024 * 1024, 32))],
  ['carrying bytes that are not text', () => pack(Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x80]))],
];

describe('links', () => {
  for (const [what, fragment] of BAD_LINKS)
    reliable('links', `a link ${what} shows why it cannot be opened, and nothing on the device changes`, async () => {
      const mark = wiltshire();
      const unpacked = await unpackShareFragment(fragment());
      if (!unpacked.ok)
        return {
          message:
            unpacked.reason === 'tooLarge'
              ? t('shared.tooLarge', { limit: limitInWords(unpacked.limit) })
              : t(unpacked.reason === 'notShare' ? 'shared.none' : 'shared.broken'),
        };
      const read = openAsThePageDoes(unpacked.text, mark);
      expect(read.ok).toBe(false);
      return { message: read.ok ? '' : refusalText(t, read.refusal, mark.name) };
    });
});

// ---- CSV: survey exports given to the survey summary ----

const surveys = () => markDefinition('wellbeing-qm').surveys!;
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
  return bytes;
};
const windows1252 = (text: string) => Uint8Array.from(text, (ch) => (ch === '’' ? 0x92 : ch.charCodeAt(0)));

const BAD_CSV: [string, () => Uint8Array][] = [
  ['an empty file', () => utf8('')],
  ['only a byte-order mark', () => utf8('\uFEFF')],
  ['only blank lines', () => utf8('\r\n\r\n\r\n')],
  ['a heading row and no responses', () => utf8('Timestamp,I feel safe at school\r\n')],
  ['only columns the tool ignores', () => utf8('Timestamp,Email address\r\n2026-01-01,a@b.c\r\n')],
  ['a column without a heading', () => utf8('I feel safe,,I am listened to\r\nAgree,Agree,Agree\r\n')],
  ['an answer the tool does not know', () => utf8('I feel safe\r\nMaybe\r\n')],
  ['a number where an answer should be', () => utf8('I feel safe\r\n5\r\n')],
  ['a row with too few values', () => utf8('I feel safe,I am listened to\r\nAgree\r\n')],
  ['a row with too many values', () => utf8('I feel safe,I am listened to\r\nAgree,Agree,Agree\r\n')],
  ['a quoted cell never closed', () => utf8('I feel safe,I am listened to\r\n"Agree,Agree\r\nAgree,Agree\r\n')],
  ['twenty unknown answers', () => utf8(`I feel safe\r\n${Array.from({ length: 20 }, (_, i) => `Answer ${i}`).join('\r\n')}\r\n`)],
  ['semicolons, with an unknown answer', () => utf8('I feel safe;I am listened to\r\nAgree;Sometimes\r\n')],
  ['UTF-16, with an unknown answer', () => utf16('I feel safe\r\nSometimes\r\n')],
  ['Windows-1252, with an unknown answer', () => windows1252('I feel safe\r\nDon’t care\r\n')],
  ['an Excel workbook (.xlsx)', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])],
  ['an older Excel workbook (.xls)', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
  ['a picture', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
  ['bytes with zeros in them', () => Uint8Array.from([0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x44, 0x45, 0x46])],
  ['a formula in an answer', () => utf8('I feel safe\r\n=HYPERLINK("http://evil.example","Agree")\r\n')],
  ['a heading row only, from a form with a timestamp', () => utf8('Timestamp,I feel safe,Name\r\n')],
  ['blank answers in a row that is too short', () => utf8('I feel safe,I am listened to,I enjoy lessons\r\n,\r\n')],
];

describe('CSV', () => {
  for (const [what, bytes] of BAD_CSV)
    reliable(
      'CSV',
      `${what} is not imported, every problem is listed, and the figures typed stay`,
      () => {
        // The group's typed figures are on the device; an import that fails must not touch them.
        const result = importSurveyCsvBytes(bytes(), 'pupils.csv', surveys());
        expect(result.ok).toBe(false);
        return { message: result.ok ? '' : result.problems.join(' ') };
      },
      () => data.set('qmh:surveys:wellbeing-qm', JSON.stringify({ version: 1, groups: { pupils: { responses: 12, questions: [] } } })),
    );
});

// ---- Storage: full from the start, full later, emptied by another tab ----

const EVIDENCE = [
  'Minutes of the June meeting',
  'Notes with “quotes”, commas, and a line\nbreak',
  'Évaluation — governors’ visit',
  '学校の記録',
  'Emoji 📝✅',
  '=SUM(A1:A9)',
  'x'.repeat(2000),
  '<b>not markup</b>',
];
const withEvidence = (evidence: string) => ({
  version: 1,
  levels: { bronze: { criteria: { 'flt-1-middle': { response: ['in-place'], texts: { evidence } } }, requirements: {} } },
});

describe('storage', () => {
  for (const [i, evidence] of EVIDENCE.entries()) {
    reliable('storage', `full from the start (${i + 1}): the change stays on the page, is reported, and storage is untouched`, () => {
      full = true;
      const store = stores.saved('answers', `reliable-${unique++}`, shapeData('answers'));
      const stop = store.$value.listen(() => undefined);
      store.update(() => withEvidence(evidence));
      stop();
      expect(stores.$writeFailed.get()).toBe(true);
      expect(JSON.stringify(store.$value.get())).toContain(JSON.stringify(evidence).slice(1, -1));
      return { message: `${t('saved.notSavedHeading')} ${t('saved.notSaved')}` };
    });
    reliable(
      'storage',
      `full later (${i + 1}): what was saved stays saved, the new change is on the page and reported`,
      () => {
        full = true;
        const store = stores.saved('answers', `reliable-later-${i}`, shapeData('answers'));
        const stop = store.$value.listen(() => undefined);
        store.update(() => withEvidence(evidence));
        stop();
        expect(stores.$writeFailed.get()).toBe(true);
        expect(JSON.stringify(store.$value.get())).toContain(JSON.stringify(evidence).slice(1, -1));
        return { message: `${t('saved.notSavedHeading')} ${t('saved.notSaved')}` };
      },
      () => data.set(`qmh:answers:reliable-later-${i}`, JSON.stringify(withEvidence('Saved before it filled'))),
    );
    reliable(
      'storage',
      `emptied by another tab (${i + 1}): the page still shows it, says so, and puts it back`,
      () => {
        const key = `qmh:answers:reliable-cleared-${i}`;
        const store = stores.saved('answers', `reliable-cleared-${i}`, shapeData('answers'));
        const stop = store.$value.listen(() => undefined);
        clearedElsewhere([key]);
        expect(data.has(key)).toBe(false);
        expect(store.$clearedElsewhere.get()).toBeDefined();
        // Nothing leaves the screen while the notice shows.
        expect(JSON.stringify(store.$value.get())).toContain(JSON.stringify(evidence).slice(1, -1));
        store.putBack();
        stop();
        return { message: `${t('saved.clearedHeading', { what: t('saved.what.answers') })} ${t('saved.cleared')}` };
      },
      () => data.set(`qmh:answers:reliable-cleared-${i}`, JSON.stringify(withEvidence(evidence))),
    );
  }
});

// ---- Security: formulas, prototype keys, markup ----

const FORMULAS = ['=1+1', '+44 1225 000000', '-5', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://evil.example","Click")'];

describe('security', () => {
  for (const formula of FORMULAS)
    reliable(
      'security',
      `a cell starting ${JSON.stringify(formula.slice(0, 2))} is written as text a spreadsheet will not run, every character kept`,
      () => {
        const csv = formatCsv([['Evidence'], [formula]]);
        const cell = csv.split('\r\n')[1]!.replace(/^"|"$/g, '').replace(/""/g, '"');
        // Every character kept, with an apostrophe before the cell and after any separator a spreadsheet might split on.
        expect(cell.startsWith("'")).toBe(true);
        expect(cell.replace(/'/g, '')).toBe(formula.replace(/'/g, ''));
        expect(cell).not.toMatch(/(^|[\t\r\n,;|])[=+\-@]/);
        return { message: `The cell reads ${cell}, shown as typed.` };
      },
    );
  const POLLUTING: [string, () => string][] = [
    ['a "__proto__" key in the envelope', () => goodFile(wiltshire()).replace('{', '{"__proto__":{"polluted":true},')],
    ['a "constructor" key in the envelope', () => goodFile(wiltshire()).replace('{', '{"constructor":{"prototype":{"polluted":true}},')],
    [
      'a "__proto__" key in the answers',
      () => edit(goodFile(wiltshire()), (f) => (f.data.answers = JSON.parse('{"version":1,"__proto__":{"polluted":true},"levels":7}'))),
    ],
    [
      'a "__proto__" level',
      () => edit(goodFile(wiltshire()), (f) => (f.data.answers = JSON.parse('{"version":1,"levels":{"__proto__":{"criteria":7}}}'))),
    ],
    [
      'script in the school’s name and a bad date',
      () => edit(goodFile(wiltshire()), (f) => ((f.school = '<script>alert(1)</script>'), (f.savedAt = '<img onerror=alert(1)>'))),
    ],
    ['a mark id that is code', () => edit(goodFile(wiltshire()), (f) => (f.mark.id = 'javascript:alert(1)'))],
  ];
  for (const [what, text] of POLLUTING)
    reliable('security', `a file with ${what} is refused, and no object of the page is changed`, () => {
      const mark = wiltshire();
      const read = openAsThePageDoes(text(), mark);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      expect(read.ok).toBe(false);
      return { message: read.ok ? '' : refusalText(t, read.refusal, mark.name) };
    });
  for (const fragment of ['javascript:alert(1)', '<script>alert(1)</script>', 'qmh1.PHNjcmlwdD4', '%3Cscript%3E', 'qmh1.' + 'A'.repeat(64)])
    reliable('security', `a link ending ${JSON.stringify(fragment.slice(0, 24))} runs nothing and opens nothing`, async () => {
      const unpacked = await unpackShareFragment(`#${fragment}`);
      if (unpacked.ok) {
        const read = openAsThePageDoes(unpacked.text, wiltshire());
        expect(read.ok).toBe(false);
        return { message: read.ok ? '' : refusalText(t, read.refusal, wiltshire().name) };
      }
      return { message: t(unpacked.reason === 'notShare' ? 'shared.none' : 'shared.broken') };
    });
});

// ---- Build: broken definitions and brands stop the build, naming the file, the field and the fix ----

const FILE = 'src/frameworks/marks/tiny/definition.json';
/** The build's message on one line, as the report gives it, closed as a sentence. */
const sentence = (message: string) => {
  const line = message.split('\n').join(' ').trim();
  return /[.…)”]$/.test(line) ? line : `${line}.`;
};
const BROKEN_MARKS: [string, (input: any) => void][] = [
  ['two options with one id', (m) => (m.levels[0].responses.options[2].id = m.levels[0].responses.options[0].id)],
  ['no name', (m) => delete m.name],
  ['an empty name', (m) => (m.name = '')],
  ['a revision of zero', (m) => (m.revision = 0)],
  ['levels that are not a list', (m) => (m.levels = 'bronze')],
  ['a level without an id', (m) => delete m.levels[0].id],
  [
    'two requirements with one id',
    (m) =>
      (m.levels[0].requirements = [
        { id: 'visit', text: 'A.' },
        { id: 'visit', text: 'B.' },
      ]),
  ],
  [
    'two fields with one id',
    (m) =>
      (m.levels[0].fields = [
        { id: 'e', label: 'E', purpose: 'evidence' },
        { id: 'e', label: 'A', purpose: 'action' },
      ]),
  ],
  ['a mark id that is a property of every object', (m) => (m.id = 'constructor')],
  ['an unknown top-level field', (m) => (m.colour = 'red')],
];
const BROKEN_BRANDS: [string, Record<string, unknown>][] = [
  ['a mark listed twice', { marks: ['wellbeing-qm', 'english-maths-qm', 'wellbeing-qm'] }],
  ['a logo outside the brand folder', { logo: { src: '../package.json', alt: 'Severn Hub' } }],
  ['a logo on another site', { logo: { src: '/evil.example/logo.svg', alt: 'Severn Hub' } }],
  ['a base path without its slash', { basePath: 'severn' }],
  ['a mark that does not exist', { marks: ['no-such-mark'] }],
  ['no name', { name: '' }],
];

describe('build', () => {
  for (const [what, breakIt] of BROKEN_MARKS)
    reliable('build', `a definition with ${what} stops the build, naming the file and the field, and the definition is untouched`, () => {
      const input = tinyInput() as any;
      breakIt(input);
      const given = JSON.stringify(input);
      let message = '';
      try {
        parseMark(input, FILE);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain(FILE);
      expect(JSON.stringify(input)).toBe(given);
      return { message: sentence(message) };
    });
  for (const [what, change] of BROKEN_BRANDS)
    reliable('build', `a brand with ${what} stops the build, naming the file and the field`, () => {
      const config = { name: 'Severn Hub Handbook', tagline: 'Quality marks for the schools of the Severn hub.', ...change };
      const given = JSON.stringify(config);
      let message = '';
      try {
        parseBrandConfig(config, 'brands/severn/brand.json', ['english-maths-qm', 'wellbeing-qm'], (path) => path === 'logo.svg', Object.keys(en));
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('brands/severn/brand.json');
      expect(JSON.stringify(config)).toBe(given);
      return { message: sentence(message) };
    });
});
