import { describe, expect, it } from 'vitest';
import { ratingsFrom } from '~/frameworks/ratings/priorities';
import { markDefinition, ratingAnswersFrom, ratingWords } from '../fixtures/adapters';
import { ratingAuditExamples } from '../fixtures/ratingAudit.examples';

const ratings = markDefinition('whmat-wellbeing').ratings!;

describe('RatingAudit examples', () => {
  it.each(ratingAuditExamples)('$name', (example) => {
    expect(ratingsFrom(ratingAnswersFrom(example.ratings), ratings)).toEqual(example.expected.ratings);
  });

  it.each(ratingAuditExamples)('rate real approaches on the scale: $name', (example) => {
    const words = ratingWords('whmat-wellbeing');
    // Each throws, naming the item or value, when the definition does not have it.
    for (const r of example.ratings) expect(() => [words.prompt(r.item), words.scale(r.rating)]).not.toThrow();
  });
});
