import { describe, expect, it } from 'vitest';
import { priorities, viewsDiffer } from '~/frameworks/ratings/priorities';
import { collectResponseFiles, markDefinition, ratingValuesFrom } from '../fixtures/adapters';
import { prioritiesExamples, type PriorityRow } from '../fixtures/priorities.examples';

const ratings = markDefinition('whmat-wellbeing').ratings!;

describe('Priorities examples', () => {
  it.each(prioritiesExamples)('$name', (example) => {
    const collected = collectResponseFiles('whmat-wellbeing', example.files);
    expect(collected.responses).toHaveLength(example.expected.responses);
    expect(collected.problems).toEqual(example.expected.problems);
    const rows = priorities(ratings, ratingValuesFrom(example.audit), collected.responses).map((p): PriorityRow => ({
      item: p.item.id,
      ...(p.rank !== undefined ? { rank: p.rank } : {}),
      ...(p.audit !== undefined ? { audit: p.audit } : {}),
      ...(p.staffMean !== undefined ? { staffMean: p.staffMean } : {}),
      staffCount: p.staffCount,
      views: viewsDiffer(p),
    }));
    expect(rows).toEqual(example.expected.rows);
  });
});
