import { CLOCK_FIELD, clockOf, type Clock } from './entryClock';
import type { Migration } from './migrations';
import { isRecord, readShape, UNREADABLE, type JsonShape } from './readShape';

/** What was wrong with saved data, for the notice that tells the user. */
export type SavedProblem =
  | { kind: 'notJson' }
  | { kind: 'notRecognised' }
  /** Saved by a newer release of the site: shown empty here, and never overwritten unasked. */
  | { kind: 'newer'; version: number }
  | { kind: 'damaged'; count: number }
  /** Top-level fields this release does not know, kept aside; the known ones beside them were read (and `count` entries dropped). */
  | { kind: 'unknownFields'; fields: string[]; count: number };

/** What decoding gave: everything that could be read, and what could not, if anything. */
export interface Decoded<T> {
  value: T;
  problem?: SavedProblem;
  /** When and where each entry was last changed (entryClock.ts); absent for data saved before clocks. */
  clock?: Clock;
}

/** Checks what a shape cannot know, such as ratings on this mark's scale: what it kept and how many it dropped. */
export type SavedCheck<T> = (value: T) => { value: T; dropped: number };

/** How to read one kind: the steps up from its older versions, and a check the shape cannot make. */
export interface ReadOptions<T> {
  migrations?: Readonly<Record<number, Migration>> | undefined;
  check?: SavedCheck<T> | undefined;
}

/** The version a shape writes. */
export const versionOf = (shape: JsonShape): number => shape.properties?.version?.const as number;

/** The empty value of a kind: its version and every default. */
// The caller names the shape's type, which the plain data cannot carry.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export const emptyOf = <T>(shape: JsonShape): T => readShape(shape, { version: versionOf(shape) }) as T;

/**
 * Reads saved text without ever throwing. Older versions are upgraded; an entry that cannot be read
 * is dropped and reported, and the readable ones kept, so one damaged answer does not cost the rest.
 */
export function decodeSaved<T>(shape: JsonShape, text: string | null | undefined, { migrations, check }: ReadOptions<T> = {}): Decoded<T> {
  const empty = emptyOf<T>(shape);
  if (text === null || text === undefined || text === '') return { value: empty };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { value: empty, problem: { kind: 'notJson' } };
  }
  const current = versionOf(shape);
  if (!isRecord(raw) || typeof raw.version !== 'number') return { value: empty, problem: { kind: 'notRecognised' } };
  if (raw.version > current) return { value: empty, problem: { kind: 'newer', version: raw.version } };
  // The clock is the store's, beside the kind's own fields: read apart, never judged by the shape.
  const { [CLOCK_FIELD]: rawClock, ...data } = raw;
  const clock = clockOf(rawClock);
  const withClock = <D extends Decoded<T>>(decoded: D): D => (clock ? { ...decoded, clock } : decoded);
  let upgraded: Record<string, unknown> = data;
  while (typeof upgraded.version === 'number' && upgraded.version < current) {
    const step = migrations?.[upgraded.version];
    if (!step) return { value: empty, problem: { kind: 'notRecognised' } };
    upgraded = step(upgraded) as Record<string, unknown>;
  }
  // A field this release does not know (added by a newer one, or by hand) is kept aside and reported;
  // the known fields beside it are still read, so one stray field never hides a whole kind.
  const known = shape.properties ?? {};
  const fields = shape.additionalProperties === false ? Object.keys(upgraded).filter((field) => !Object.hasOwn(known, field)) : [];
  const readable = Object.fromEntries(Object.entries(upgraded).filter(([field]) => !fields.includes(field)));
  const dropped = { count: 0 };
  const read = readShape(shape, readable, dropped);
  if (read === UNREADABLE) return { value: empty, problem: { kind: 'notRecognised' } };
  const checked = check ? check(read as T) : { value: read as T, dropped: 0 };
  const count = dropped.count + checked.dropped;
  if (fields.length > 0) return withClock({ value: checked.value, problem: { kind: 'unknownFields', fields, count } });
  return withClock(count === 0 ? { value: checked.value } : { value: checked.value, problem: { kind: 'damaged', count } });
}
