/**
 * The part of JSON Schema that zod's `toJSONSchema` writes for the saved shapes. The browser reads
 * saved data with this plain description of the zod shape instead of zod itself, which would cost
 * every tool page 6 KB (gzip) of its 80 KB budget.
 */
export interface JsonShape {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, JsonShape>;
  required?: string[];
  /** false for a strict object; the entries' shape for a record. */
  additionalProperties?: boolean | JsonShape;
  items?: JsonShape;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  /** A regular expression the whole text must match (zod writes one beside each `format`). */
  pattern?: string;
  /** One of READABLE_FORMATS. */
  format?: string;
  /** The shape of a record's keys, where they are limited (an enum of kinds). */
  propertyNames?: JsonShape;
  oneOf?: JsonShape[];
  anyOf?: JsonShape[];
  default?: unknown;
  /** Set by keepWhatReads(): entries that do not read are dropped alone. */
  keepWhatReads?: boolean;
}

/** Every keyword of JSON Schema this reader holds; shapes.ts refuses, at build, a shape that uses any other. */
export const READER_KEYWORDS = [
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'const',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'propertyNames',
  'oneOf',
  'anyOf',
  'default',
  'keepWhatReads',
] as const;

// An instant as zod's z.iso.datetime() takes it (UTC, "Z", seconds, any fraction), and a calendar day;
// Date.parse then refuses a day that does not exist (2026-02-30).
const FORMATS: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/,
  date: /^\d{4}-\d\d-\d\d$/,
};
/** The string formats this reader checks. */
export const READABLE_FORMATS = Object.keys(FORMATS);

const patterns = new Map<string, RegExp>();
const matches = (pattern: string, text: string) => {
  if (!patterns.has(pattern)) patterns.set(pattern, new RegExp(pattern));
  return patterns.get(pattern)!.test(text);
};
const inFormat = (format: string, text: string) =>
  FORMATS[format]?.test(text) === true &&
  !Number.isNaN(Date.parse(text)) &&
  new Date(Date.parse(text)).toISOString().slice(0, 10) === text.slice(0, 10);

function readString(shape: JsonShape, value: unknown): unknown {
  return typeof value === 'string' &&
    value.length >= (shape.minLength ?? 0) &&
    value.length <= (shape.maxLength ?? Infinity) &&
    (shape.pattern === undefined || matches(shape.pattern, value)) &&
    (shape.format === undefined || inFormat(shape.format, value))
    ? value
    : UNREADABLE;
}

function readNumber(shape: JsonShape, value: unknown): unknown {
  return typeof value === 'number' &&
    Number.isFinite(value) &&
    (shape.type === 'number' || Number.isSafeInteger(value)) &&
    value >= (shape.minimum ?? -Infinity) &&
    value <= (shape.maximum ?? Infinity) &&
    value > (shape.exclusiveMinimum ?? -Infinity) &&
    value < (shape.exclusiveMaximum ?? Infinity)
    ? value
    : UNREADABLE;
}

/** Returned where a value does not fit its shape. */
export const UNREADABLE = Symbol('unreadable');

/** A plain object, as JSON.parse gives one: not null, not a list. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads `value` as `shape` describes, filling defaults, as zod's parse would. Where the shape is
 * marked keepWhatReads, an entry that does not read is dropped and counted in `dropped.count`
 * instead of failing the whole; anywhere else a misfit makes the value UNREADABLE.
 */
export function readShape(shape: JsonShape, value: unknown, dropped = { count: 0 }): unknown {
  const alternatives = shape.oneOf ?? shape.anyOf;
  if (alternatives) {
    for (const alternative of alternatives) {
      const attempt = { count: 0 };
      const read = readShape(alternative, value, attempt);
      if (read !== UNREADABLE) {
        dropped.count += attempt.count;
        return read;
      }
    }
    return UNREADABLE;
  }
  if ('const' in shape && value !== shape.const) return UNREADABLE;
  if (shape.enum && !shape.enum.includes(value)) return UNREADABLE;
  switch (shape.type) {
    case 'string':
      return readString(shape, value);
    case 'boolean':
      return typeof value === 'boolean' ? value : UNREADABLE;
    case 'number':
    case 'integer':
      return readNumber(shape, value);
    case 'array':
      return Array.isArray(value) ? readList(shape, value, dropped) : UNREADABLE;
    case 'object':
      return isRecord(value) ? readObject(shape, value, dropped) : UNREADABLE;
    default:
      return value;
  }
}

function readList(shape: JsonShape, value: unknown[], dropped: { count: number }): unknown {
  const items: unknown[] = [];
  for (const item of value) {
    const read = shape.items ? readShape(shape.items, item, dropped) : item;
    if (read !== UNREADABLE) items.push(read);
    else if (shape.keepWhatReads) dropped.count += 1;
    else return UNREADABLE;
  }
  return items;
}

function readObject(shape: JsonShape, value: Record<string, unknown>, dropped: { count: number }): unknown {
  const out: Record<string, unknown> = {};
  const known = shape.properties ?? {};
  for (const [key, propertyShape] of Object.entries(known)) {
    if (value[key] === undefined) {
      if (propertyShape.default !== undefined) out[key] = structuredClone(propertyShape.default);
      else if (shape.required?.includes(key)) return UNREADABLE;
      continue;
    }
    const read = readShape(propertyShape, value[key], dropped);
    if (read === UNREADABLE) return UNREADABLE;
    out[key] = read;
  }
  for (const [key, entry] of Object.entries(value)) {
    if (Object.hasOwn(known, key)) continue;
    const entryShape = shape.additionalProperties;
    const keyFits = !shape.propertyNames || readShape(shape.propertyNames, key) !== UNREADABLE;
    // A "__proto__" key from JSON.parse would set the prototype if assigned; no saved id is one.
    const read = typeof entryShape === 'object' && keyFits && key !== '__proto__' ? readShape(entryShape, entry, dropped) : UNREADABLE;
    if (read !== UNREADABLE) out[key] = read;
    else if (shape.keepWhatReads) dropped.count += 1;
    else return UNREADABLE;
  }
  return out;
}
