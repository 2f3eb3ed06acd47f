import { describe, expect, it } from 'vitest';
import { mergeEdits } from '~/frameworks/saved/mergeEdits';

const answer = (response: string[], evidence = '') => ({ response, texts: evidence ? { evidence } : {} });
const levels = (criteria: Record<string, unknown>) => ({ version: 1, levels: { bronze: { criteria, requirements: {} } } });

describe('merging two tabs’ writes that crossed', () => {
  const base = levels({ a: answer(['in-place']) });

  it('keeps this page’s new answer and the other tab’s new evidence', () => {
    const ours = levels({ a: answer(['in-place']), b: answer(['not-yet']) });
    const theirs = levels({ a: answer(['in-place'], 'Minutes, June') });
    expect(mergeEdits(base, ours, theirs)).toEqual(levels({ a: answer(['in-place'], 'Minutes, June'), b: answer(['not-yet']) }));
  });

  it('takes theirs when this page changed nothing, and ours when they changed nothing', () => {
    const changed = levels({ a: answer(['not-yet']) });
    expect(mergeEdits(base, base, changed)).toEqual(changed);
    expect(mergeEdits(base, changed, base)).toEqual(changed);
  });

  it('keeps a deletion made on either side', () => {
    const empty = levels({});
    expect(mergeEdits(base, empty, base)).toEqual(empty);
    expect(mergeEdits(base, base, empty)).toEqual(empty);
  });

  it('lets the later write win where both changed the same entry', () => {
    const ours = levels({ a: answer(['not-yet']) });
    const theirs = levels({ a: answer(['developing']) });
    expect(mergeEdits(base, ours, theirs)).toEqual(theirs);
  });
});
