import { describe, expect, it } from 'vitest';
import { decodeSaved } from '~/frameworks/saved/decodeSaved';
import {
  CLOCK_FIELD,
  clockUnclocked,
  compareStamps,
  leavesOf,
  mergeClocked,
  stampChanges,
  stampOf,
  type Clocked,
} from '~/frameworks/saved/entryClock';
import { readShape } from '~/frameworks/saved/readShape';
import { shapeData } from '~/frameworks/saved/shapes';

// A merge gives the entries; the store reads the result with the kind's shape, which puts back empty defaults.
const filled = (merged: Clocked) => readShape(shapeData('answers'), merged.value);

const answers = (criteria: Record<string, unknown>) => ({ version: 1, levels: { bronze: { criteria, requirements: {} } } });
const evidence = (text: string) => ({ response: ['in-place'], texts: { evidence: text } });
const EVIDENCE_A = '/levels/bronze/criteria/a/texts/evidence';

/** One page's edit, as the store makes it: each changed entry stamped, saying which value it replaced. */
function edit(page: Clocked, next: unknown, time: number, where: string): Clocked {
  const { clock } = stampChanges(page.value, next, page.clock, stampOf(time, where), (path) => page.clock[path]?.split('<')[0] ?? '');
  return { value: next, clock };
}

describe('per-entry clocks', () => {
  const start: Clocked = { value: answers({}), clock: {} };

  it('order stamps by time, then by page, so every page agrees which is later', () => {
    expect(compareStamps(stampOf(2, 'a'), stampOf(10, 'a'))).toBeLessThan(0);
    expect(compareStamps(stampOf(5, 'b'), stampOf(5, 'a'))).toBeGreaterThan(0);
    expect(compareStamps('', stampOf(0, 'a'))).toBeLessThan(0);
  });

  it('keep both tabs’ words in different boxes whichever write arrives first', () => {
    const one = edit(start, answers({ a: evidence('Minutes') }), 100, 'one');
    const two = edit(start, answers({ b: evidence('Survey') }), 101, 'two');
    const both = answers({ a: evidence('Minutes'), b: evidence('Survey') });
    expect(filled(mergeClocked(one, two, 'one'))).toEqual(both);
    expect(filled(mergeClocked(two, one, 'two'))).toEqual(both);
    expect(mergeClocked(one, two, 'one').clock).toEqual(mergeClocked(two, one, 'two').clock);
  });

  it('never let a stale write-back replace a newer value', () => {
    const old = edit(start, answers({ a: evidence('Tab A writes') }), 100, 'one');
    const newer = edit(old, answers({ a: evidence('Tab A writes more') }), 200, 'one');
    // The other tab still holds the older text and writes it back beside its own change.
    const stale = edit(old, answers({ a: evidence('Tab A writes'), b: evidence('From B') }), 150, 'two');
    const merged = mergeClocked(newer, stale, 'one');
    expect(filled(merged)).toEqual(answers({ a: evidence('Tab A writes more'), b: evidence('From B') }));
    expect(merged.oursNewer).toBe(true);
    expect(merged.conflicts).toEqual([]);
  });

  it('report this page’s words when another tab’s later edit of the same box did not see them', () => {
    const seen = edit(start, answers({ a: evidence('Gov') }), 100, 'one');
    const mine = edit(seen, answers({ a: evidence('Governors') }), 200, 'one');
    const theirs = edit(seen, answers({ a: evidence('Gov minutes') }), 210, 'two');
    const merged = mergeClocked(mine, theirs, 'one');
    expect(filled(merged)).toEqual(answers({ a: evidence('Gov minutes') }));
    expect(merged.conflicts).toEqual([{ path: EVIDENCE_A, ours: 'Governors', at: stampOf(200, 'one') }]);
    // The same merge on the other page keeps its own later text and reports nothing.
    const there = mergeClocked(theirs, mine, 'two');
    expect(filled(there)).toEqual(answers({ a: evidence('Gov minutes') }));
    expect(there).toMatchObject({ conflicts: [], oursNewer: true });
  });

  it('report nothing when the other tab’s edit was made on top of this page’s words', () => {
    const mine = edit(start, answers({ a: evidence('Governors') }), 200, 'one');
    const theirs = edit(mine, answers({ a: evidence('Governors’ minutes') }), 210, 'two');
    const merged = mergeClocked(mine, theirs, 'one');
    expect(filled(merged)).toEqual(theirs.value);
    expect(merged).toMatchObject({ conflicts: [], oursNewer: false });
  });

  it('keep a deletion against an older value, and an older deletion never removes a newer value', () => {
    const both = edit(start, answers({ a: evidence('x'), b: evidence('y') }), 100, 'one');
    const cleared = edit(both, answers({}), 200, 'two');
    expect(leavesOf(mergeClocked(both, cleared, 'one').value)).toEqual(new Map([['/version', 1]]));
    const typedAfter = edit(both, answers({ a: evidence('x'), b: evidence('y, then more') }), 300, 'one');
    expect(leavesOf(mergeClocked(typedAfter, cleared, 'one').value).get('/levels/bronze/criteria/b/texts/evidence')).toBe('y, then more');
  });

  it('take every change in data written without clocks (by an older release), and lose none of this page’s', () => {
    const mine = edit(start, answers({ a: evidence('Mine') }), 100, 'one');
    const older = answers({ a: evidence('Mine'), b: evidence('From an older tab') });
    const merged = mergeClocked(mine, clockUnclocked(mine, older, stampOf(150, 'one')), 'one');
    expect(filled(merged)).toEqual(older);
    expect(merged.conflicts).toEqual([]);
  });

  it('stay beside the data in storage, unseen by the kind’s shape, and data saved before clocks still reads', () => {
    const shape = shapeData('answers');
    const value = answers({ a: evidence('Minutes') });
    const clock = { [EVIDENCE_A]: stampOf(100, 'one') };
    expect(decodeSaved(shape, JSON.stringify({ ...value, [CLOCK_FIELD]: clock }))).toEqual({ value, clock });
    expect(decodeSaved(shape, JSON.stringify(value))).toEqual({ value });
  });

  it('converge: pages that merge each other’s writes in any order hold the same data', () => {
    let one = start;
    let two = start;
    const letters = 'abcdefghij';
    for (let i = 0; i < 10; i++) {
      one = edit(
        one,
        answers({ ...(one.value as { levels: { bronze: { criteria: object } } }).levels.bronze.criteria, a: evidence(letters.slice(0, i + 1)) }),
        100 + i * 2,
        'one',
      );
      two = edit(
        two,
        answers({
          ...(two.value as { levels: { bronze: { criteria: object } } }).levels.bronze.criteria,
          b: evidence(letters.slice(0, i + 1).toUpperCase()),
        }),
        101 + i * 2,
        'two',
      );
      // Every other round, one write crosses the other.
      if (i % 2 === 0) one = mergeClocked(one, two, 'one');
      else two = mergeClocked(two, one, 'two');
    }
    one = mergeClocked(one, two, 'one');
    two = mergeClocked(two, one, 'two');
    expect(filled(one)).toEqual(answers({ a: evidence('abcdefghij'), b: evidence('ABCDEFGHIJ') }));
    expect(two.value).toEqual(one.value);
    expect(two.clock).toEqual(one.clock);
  });
});
