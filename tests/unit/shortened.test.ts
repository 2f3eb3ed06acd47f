import { describe, expect, it } from 'vitest';
import { shortened } from '~/frameworks/shortened';

describe('a long statement shortened for a label', () => {
  it('is cut at a word’s end, without the punctuation before the cut, and marked with "…"', () => {
    const text = 'Create opportunities to talk to pupils from other classes about their learning, successes and areas';
    expect(shortened(text, 60)).toBe('Create opportunities to talk to pupils from other classes…');
    expect(shortened(text, 60).length).toBeLessThanOrEqual(60);
    expect(shortened('Learning, successes and more', 11)).toBe('Learning…');
  });

  it('is left whole when it fits, and cut mid-word only where a word is longer than half the label', () => {
    expect(shortened('Short text', 80)).toBe('Short text');
    expect(shortened('Antidisestablishmentarianism', 10)).toBe('Antidises…');
  });
});
