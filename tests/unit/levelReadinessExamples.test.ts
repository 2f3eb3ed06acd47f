import { describe, expect, it } from 'vitest';
import { readiness, type LevelReadiness } from '~/frameworks/scoring/readiness';
import { stepsBesideLists } from '~/frameworks/scoring/gapLists';
import { markAnswersFrom, markDefinition } from '../fixtures/adapters';
import { levelReadinessExamples } from '../fixtures/levelReadiness.examples';
import { expectEnterable } from './enterable';

/** The table's "Counts?" cell for each state a level can be in. */
const countsCell = (l: LevelReadiness) => (l.counts ? 'Yes' : l.ownMet && l.blockedBy ? `Met, but ${l.blockedBy.name} comes first` : 'Not yet');

describe('LevelReadiness examples', () => {
  it.each(levelReadinessExamples)('$name', (example) => {
    const result = readiness(markDefinition(example.mark), markAnswersFrom(example.levels));
    const { expected } = example;
    expect(result.highest?.level.id).toBe(expected.highest);
    expect(result.next?.level.id).toBe(expected.next);
    expect(result.next ? stepsBesideLists(result.next.level, result.next.gaps) : []).toHaveLength(expected.nextSteps.length);
    expect(Object.fromEntries(result.levels.map((l) => [l.level.id, { met: l.score.met, counts: countsCell(l) }]))).toEqual(expected.rows);
  });

  it.each(levelReadinessExamples)('can be entered by a person: $name', (example) => {
    for (const entry of example.levels) {
      expect(entry.mark).toBe(example.mark);
      expectEnterable(entry);
    }
  });
});
