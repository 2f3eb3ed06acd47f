import { isRecord } from './readShape';

// Per-entry clocks, so two tabs writing at once never lose each other's keystrokes.
//
// Every leaf of saved data (a text, a choice, a rating: anything that is not an object of entries)
// carries the stamp of its last change: when (milliseconds, base 36) and where (the page's own id),
// and the stamp of the value that change replaced. Merging two copies keeps, entry by entry, the one
// with the later stamp, so a stale write-back from another tab never replaces a newer value, and the
// merge gives the same result in whichever order writes arrive. An edit whose "replaced" stamp is not
// the value this page holds was made without seeing it: a conflict, which the store reports so the
// words that lost are offered back rather than silently dropped.

/** `<time, base 36>.<page id>`; '' for a value saved before clocks existed (older than any stamp). */
export type Stamp = string;

/** Path (JSON Pointer) → `<stamp>` or `<stamp><<replaced stamp>`. Paths whose value was deleted keep their stamp. */
export type Clock = Record<string, string>;

/** Saved data with the clock of each of its entries. */
export interface Clocked {
  value: unknown;
  clock: Clock;
}

/** The top-level field of stored text that holds the clock; the kind's shape never sees it. */
export const CLOCK_FIELD = '_clock';

/** Where an entry's own words lost to another tab's edit made without seeing them. */
export interface Conflict {
  path: string;
  /** This page's value that lost. */
  ours: unknown;
  /** Its stamp, which this page's next edit of the entry says it replaced. */
  at: Stamp;
}

const timeOf = (stamp: Stamp): number => (stamp === '' ? -1 : parseInt(stamp.slice(0, stamp.indexOf('.')), 36));
const whereOf = (stamp: Stamp): string => stamp.slice(stamp.indexOf('.') + 1);

/** The stamp of a clock entry, and the stamp of the value it replaced. */
export const atOf = (entry: string | undefined): Stamp => (entry === undefined ? '' : entry.split('<')[0]!);
export const replacedOf = (entry: string | undefined): Stamp => entry?.split('<')[1] ?? '';

/** Orders stamps: by time, then by page id, so two pages agree on which of two is later. */
export function compareStamps(a: Stamp, b: Stamp): number {
  const byTime = timeOf(a) - timeOf(b);
  if (byTime !== 0) return byTime;
  const [x, y] = [whereOf(a), whereOf(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Who made a stamp. */
export const madeBy = (stamp: Stamp, where: string): boolean => stamp !== '' && whereOf(stamp) === where;

/** The latest time a clock holds, so a page's next stamp is later than every stamp it has seen. */
export const latestTime = (clock: Clock): number => Math.max(0, ...Object.values(clock).map((entry) => timeOf(atOf(entry))));

/** A stamp: `time` in milliseconds, at the page `where`. */
export const stampOf = (time: number, where: string): Stamp => `${time.toString(36)}.${where}`;

const escape = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
const unescape = (part: string) => part.replaceAll('~1', '/').replaceAll('~0', '~');
/** The segments of a JSON Pointer. */
export const segmentsOf = (path: string): string[] => path.split('/').slice(1).map(unescape);

/** Every leaf of a value by its path: an object's entries are walked into, anything else is a leaf. */
export function leavesOf(value: unknown, path = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (isRecord(value)) {
    // A "__proto__" key would set a prototype if assigned; no saved id is one (readShape drops it too).
    for (const [key, entry] of Object.entries(value)) if (key !== '__proto__') leavesOf(entry, `${path}/${escape(key)}`, into);
  } else if (value !== undefined && path !== '') into.set(path, value);
  return into;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The value at a path, or undefined. */
export function valueAt(value: unknown, path: string): unknown {
  let node = value;
  for (const key of segmentsOf(path)) node = isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  return node;
}

/** A copy of `value` with the leaf at `path` set (or, for undefined, removed); objects on the way are made as needed. */
export function withValueAt(value: unknown, path: string, leaf: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = isRecord(value) ? { ...value } : {};
  const keys = segmentsOf(path);
  let node = root;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      if (leaf === undefined) Reflect.deleteProperty(node, key);
      else node[key] = leaf;
      return;
    }
    const child = node[key];
    const copy: Record<string, unknown> = isRecord(child) ? { ...child } : {};
    node[key] = copy;
    node = copy;
  });
  return root;
}

/** Sets a leaf in an object this module made, in place. */
function setIn(root: Record<string, unknown>, path: string, leaf: unknown): void {
  const keys = segmentsOf(path);
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
    node = isRecord(child) ? child : (node[key] = {});
  }
  node[keys.at(-1)!] = leaf;
}

/**
 * Stamps what an edit changed: each leaf that differs between `before` and `after` (set, changed or
 * removed) gets `stamp`, with the stamp of the value it replaced (`replaced(path)`). Returns the new clock and the paths.
 */
export function stampChanges(
  before: unknown,
  after: unknown,
  clock: Clock,
  stamp: Stamp,
  replaced: (path: string) => Stamp,
): { clock: Clock; changed: string[] } {
  const [was, now] = [leavesOf(before), leavesOf(after)];
  const changed = [...new Set([...was.keys(), ...now.keys()])].filter((path) => !same(was.get(path), now.get(path)));
  const next = { ...clock };
  for (const path of changed) {
    const old = replaced(path);
    next[path] = old === '' ? stamp : `${stamp}<${old}`;
  }
  return { clock: next, changed };
}

/**
 * Clocks data written without clocks (by a release before them) against what this page holds: each
 * entry that differs is that writer's change, stamped `stamp` as made after this page's value, so it is taken.
 */
export function clockUnclocked(ours: Clocked, theirs: unknown, stamp: Stamp): Clocked {
  return { value: theirs, clock: stampChanges(ours.value, theirs, ours.clock, stamp, (path) => atOf(ours.clock[path])).clock };
}

/** What merging gave: the value and clock to hold, whether storage lacks some of it, and this page's words that lost. */
export interface Merged extends Clocked {
  /** True where this page holds a later entry than `theirs`: it writes the merged data back. */
  oursNewer: boolean;
  conflicts: Conflict[];
}

/**
 * Merges another tab's data into this page's, entry by entry: the later stamp wins, and an equal
 * stamp is the same write. Where theirs wins over an entry this page (`me`) changed, and their edit
 * did not replace this page's value, this page's value is reported as a conflict.
 */
export function mergeClocked(ours: Clocked, theirs: Clocked, me: string): Merged {
  const [mine, yours] = [leavesOf(ours.value), leavesOf(theirs.value)];
  const paths = new Set([...mine.keys(), ...yours.keys(), ...Object.keys(ours.clock), ...Object.keys(theirs.clock)]);
  const value: Record<string, unknown> = {};
  const clock: Clock = {};
  const conflicts: Conflict[] = [];
  let oursNewer = false;
  for (const path of paths) {
    const [a, b] = [ours.clock[path], theirs.clock[path]];
    const order = compareStamps(atOf(a), atOf(b));
    // On a tie (the same write, or two values from before clocks) the stored one stands.
    const takeOurs = order > 0;
    const entry = takeOurs ? a : b;
    if (entry !== undefined) clock[path] = entry;
    const leaf = takeOurs ? mine.get(path) : yours.get(path);
    if (leaf !== undefined) setIn(value, path, leaf);
    if (takeOurs && !same(mine.get(path), yours.get(path))) oursNewer = true;
    if (!takeOurs && order < 0 && madeBy(atOf(a), me) && replacedOf(b) !== atOf(a) && !same(mine.get(path), yours.get(path))) {
      conflicts.push({ path, ours: mine.get(path), at: atOf(a) });
    }
  }
  return { value, clock, oursNewer, conflicts };
}

/** Reads the clock field of stored data: path → entry, every entry text; anything else is no clock. */
export function clockOf(raw: unknown): Clock | undefined {
  if (!isRecord(raw)) return undefined;
  const clock = Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0].startsWith('/'));
  return Object.fromEntries(clock);
}
