import { describe, expect, it } from 'vitest';
import { marks } from '~/frameworks/registry';
import { scoreLevel } from '~/frameworks/scoring/bestFit';
import { levelAnswersFrom, levelOf } from '../fixtures/adapters';
import { levelSelfAssessmentExamples } from '../fixtures/levelSelfAssessment.examples';
import { expectEnterable } from './enterable';

describe('LevelSelfAssessment examples', () => {
  it.each(levelSelfAssessmentExamples)('scores as expected: $name', (example) => {
    const score = scoreLevel(levelOf(example.mark, example.level), levelAnswersFrom(example));
    const { met, answered, ruleMet, unmetWithoutAction } = example.expected;
    expect({ met: score.met, answered: score.answered, ruleMet: score.ruleMet }).toEqual({ met, answered, ruleMet });
    if (unmetWithoutAction !== undefined) expect(score.unmetWithoutAction).toHaveLength(unmetWithoutAction);
    // The page shows an actions line exactly where the rule asks for actions.
    expect(example.expected.actions === undefined).toBe(unmetWithoutAction === undefined);
  });

  it.each(levelSelfAssessmentExamples)('can be entered by a person: $name', (example) => expectEnterable(example));

  it('answer every level of every mark, so each self-assessment page is checked with answers', () => {
    const levels = marks.flatMap((m) => m.levels.map((l) => `${m.id}/${l.id}`));
    const answered = new Set(levelSelfAssessmentExamples.filter((e) => e.answers.length > 0).map((e) => `${e.mark}/${e.level}`));
    expect(levels.filter((l) => !answered.has(l))).toEqual([]);
  });
});
