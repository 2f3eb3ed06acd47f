import { describe, expect, it } from 'vitest';
import { auditFrom, markDefinition, ratingValuesFrom, ratingWords, words as text } from '../fixtures/adapters';
import { ratingAuditExamples } from '../fixtures/ratingAudit.examples';

describe('RatingAudit examples', () => {
  it.each(ratingAuditExamples)('$name', (example) => {
    expect(ratingValuesFrom(example.ratings)).toEqual(example.expected.ratings);
  });

  it.each(ratingAuditExamples.filter((e) => e.expected.evidence))('keeps the evidence given: $name', (example) => {
    const kept = Object.entries(auditFrom(example.ratings).items).flatMap(([item, entry]) => (entry.evidence ? [[item, entry.evidence]] : []));
    expect(Object.fromEntries(kept)).toEqual(example.expected.evidence);
  });

  it.each(ratingAuditExamples)('rates real approaches on the scale, and the status line counts each approach rated once: $name', (example) => {
    const words = ratingWords('whmat-wellbeing');
    // Each throws, naming the item or value, when the definition does not have it.
    for (const r of example.ratings) expect(() => [words.prompt(r.item), words.scale(r.rating)]).not.toThrow();
    // The line the audit shows, from what the audit keeps (not from the example's own list of ratings).
    const ratings = markDefinition('whmat-wellbeing').ratings!;
    const status = text('audit.status', {
      rated: Object.keys(ratingValuesFrom(example.ratings)).length,
      count: ratings.items.length,
      items: ratings.itemNoun.other,
    });
    expect(status).toBe(example.expected.status);
  });
});
