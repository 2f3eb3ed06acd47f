import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MarkFileEnvelope } from '~/frameworks/markFile/format';
import { decodeSaved } from '~/frameworks/saved/decodeSaved';
import { keepWhatReads } from '~/frameworks/saved/keepWhatReads';
import { readShape, UNREADABLE, type JsonShape } from '~/frameworks/saved/readShape';
import { jsonShapeOf, savedShapes, shapeData } from '~/frameworks/saved/shapes';

// The browser reads saved data and files with plain data made from the zod shapes (readShape.ts), not
// with zod. For every rule the shapes use, the same examples go through zod and through the reader:
// where zod accepts, the reader reads the same value; where zod refuses, the reader refuses too.

const instants = [
  '2026-12-07T12:30:00.000Z',
  '2026-12-07T12:30:00Z',
  'garbage',
  '',
  '2026-12-07',
  '2026-13-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-12-07T24:00:00Z',
  '2026-12-07T12:30:00+01:00',
  7,
];

/** Per keyword: a zod schema that makes zod write it, and values on either side of the rule. */
const RULES: Record<string, { schema: z.ZodType; values: unknown[] }> = {
  type: {
    schema: z.strictObject({ s: z.string(), n: z.number(), b: z.boolean() }),
    values: [
      { s: 'a', n: 1.5, b: true },
      { s: 1, n: 1, b: true },
      { s: 'a', n: '1', b: true },
      { s: 'a', n: 1, b: 'yes' },
      { s: 'a', n: Infinity, b: false },
      'text',
      null,
    ],
  },
  integer: { schema: z.int(), values: [0, -3, 2.5, 2 ** 53 + 2, '4', Number.NaN] },
  properties: { schema: z.strictObject({ a: z.string() }), values: [{ a: 'x' }, { a: 1 }, {}] },
  required: {
    schema: z.strictObject({ a: z.string(), b: z.string().optional() }),
    values: [{ a: 'x' }, { a: 'x', b: 'y' }, { b: 'y' }, { a: 'x', b: 1 }],
  },
  additionalProperties: { schema: z.strictObject({ a: z.string().optional() }), values: [{}, { a: 'x' }, { a: 'x', c: 1 }] },
  'additionalProperties (a record)': { schema: z.record(z.string(), z.int()), values: [{}, { x: 1, y: 2 }, { x: 'one' }, []] },
  'additionalProperties (loose)': { schema: z.looseObject({ version: z.int() }), values: [{ version: 1, more: [1] }, { version: 'one' }, {}] },
  propertyNames: {
    schema: z.partialRecord(z.enum(['answers', 'audit']), z.int()),
    values: [{}, { answers: 1 }, { answers: 1, audit: 2 }, { other: 1 }],
  },
  items: { schema: z.array(z.int()), values: [[], [1, 2], [1, 'two'], { 0: 1 }] },
  const: { schema: z.literal(2), values: [2, 1, '2'] },
  enum: { schema: z.enum(['not-started', 'done']), values: ['done', 'later', 1] },
  minimum: { schema: z.int().nonnegative(), values: [0, 5, -1] },
  maximum: { schema: z.number().max(10), values: [10, 10.5, -100] },
  exclusiveMinimum: { schema: z.int().positive(), values: [1, 0, -1, 3] },
  exclusiveMaximum: { schema: z.number().lt(5), values: [4.9, 5, 6] },
  minLength: { schema: z.string().min(1), values: ['a', ''] },
  maxLength: { schema: z.string().max(3), values: ['abc', 'abcd'] },
  pattern: { schema: z.string().regex(/^[a-z]+-\d$/), values: ['flt-1', 'FLT-1', 'flt-12', ''] },
  format: { schema: z.iso.datetime(), values: instants },
  'format (a day)': { schema: z.iso.date(), values: ['2026-12-07', '2026-02-30', '07/12/2026', '2026-12-07T00:00:00Z'] },
  oneOf: {
    schema: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('manual') }),
      z.strictObject({ kind: z.literal('csv'), fileName: z.string() }),
    ]),
    values: [{ kind: 'manual' }, { kind: 'csv', fileName: 'a.csv' }, { kind: 'csv' }, { kind: 'other' }],
  },
  anyOf: { schema: z.union([z.string(), z.int()]), values: ['a', 1, 1.5, null] },
  default: {
    schema: z.strictObject({ a: z.string().default('none'), b: z.array(z.string()).default([]) }),
    values: [{}, { a: 'x' }, { b: ['y'] }, { a: 1 }],
  },
  keepWhatReads: { schema: keepWhatReads(z.record(z.string(), z.int())), values: [{}, { a: 1 }] },
};

/** Every keyword the shapes the browser reads use, with where. */
function keywordsIn(node: unknown, into = new Set<string>(), inProperties = false): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => keywordsIn(item, into));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (!inProperties) into.add(key);
      if (key !== 'const' && key !== 'default' && key !== 'enum') keywordsIn(value, into, !inProperties && key === 'properties');
    }
  }
  return into;
}

const served: Record<string, JsonShape> = {
  ...Object.fromEntries(Object.keys(savedShapes).map((kind) => [kind, shapeData(kind as keyof typeof savedShapes)])),
  markFile: jsonShapeOf(MarkFileEnvelope),
};

describe('the browser’s reader and zod', () => {
  it('every rule the saved shapes and the file’s envelope use has examples here', () => {
    const used = new Set(Object.values(served).flatMap((shape) => [...keywordsIn(shape)]));
    const covered = new Set(Object.keys(RULES).map((name) => name.split(' ')[0]!));
    expect([...used].filter((keyword) => !covered.has(keyword))).toEqual([]);
    // The rules the issue found skipped are among those in use.
    expect(used).toContain('format');
    expect(used).toContain('exclusiveMinimum');
  });

  for (const [rule, { schema, values }] of Object.entries(RULES)) {
    it(`judge the same examples alike: ${rule}`, () => {
      const shape = jsonShapeOf(schema);
      for (const value of values) {
        const byZod = schema.safeParse(value);
        const read = readShape(shape, value);
        expect({ value, accepted: read !== UNREADABLE }).toEqual({ value, accepted: byZod.success });
        if (byZod.success) expect(read).toEqual(byZod.data);
      }
    });
  }

  it('refuse, at build, a shape with a rule the reader does not hold', () => {
    expect(() => jsonShapeOf(z.email())).toThrowErrorMatchingInlineSnapshot(
      `[Error: The saved shape at # uses the format "email", which the browser's reader (readShape.ts) does not check.]`,
    );
    expect(() => jsonShapeOf(z.array(z.string()).min(1))).toThrowErrorMatchingInlineSnapshot(
      `[Error: The saved shape at # uses "minItems", which the browser's reader (readShape.ts) does not hold: add it there, or use another rule.]`,
    );
  });

  it('drop a snapshot whose time is not a time, and say so, instead of showing "NaN NaN at NaN:NaN"', () => {
    const snapshot = (takenAt: string) => ({ id: takenAt, takenAt, revision: 1 });
    const text = JSON.stringify({ version: 1, snapshots: [snapshot('2026-12-07T12:30:00.000Z'), snapshot('garbage')] });
    const decoded = decodeSaved(shapeData('snapshots'), text);
    expect(decoded.problem).toEqual({ kind: 'damaged', count: 1 });
    expect(decoded.value).toMatchObject({ snapshots: [{ takenAt: '2026-12-07T12:30:00.000Z' }] });
  });

  it('refuse a snapshot revision of 0, which zod’s positive() refuses', () => {
    const text = JSON.stringify({ version: 1, snapshots: [{ id: 'a', takenAt: '2026-12-07T12:30:00.000Z', revision: 0 }] });
    expect(decodeSaved(shapeData('snapshots'), text).problem).toEqual({ kind: 'damaged', count: 1 });
  });
});
