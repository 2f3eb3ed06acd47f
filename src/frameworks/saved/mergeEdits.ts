import { isRecord } from './readShape';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge of saved data, entry by entry: `base` is what this page last read from storage,
 * `ours` what it shows now, `theirs` what another tab has just stored. Where only one side changed
 * an entry, that change stands; where both changed it, theirs (the later write) wins. So two tabs
 * whose writes cross keep each other's answers instead of the last write taking all.
 */
export function mergeEdits(base: unknown, ours: unknown, theirs: unknown): unknown {
  if (same(ours, base)) return theirs;
  if (same(theirs, base) || same(theirs, ours)) return ours;
  if (!isRecord(ours) || !isRecord(theirs)) return theirs;
  const was = isRecord(base) ? base : {};
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const value = mergeEdits(was[key], ours[key], theirs[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
