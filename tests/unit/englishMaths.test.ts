import { describe, expect, it } from 'vitest';
import { getMark } from '~/frameworks/registry';
import { readiness } from '~/frameworks/scoring/readiness';
import { answersOf, fullyMet } from '../fixtures/marks';

const mark = getMark('english-maths-qm');
const level = mark.levels[0]!;

describe('English and mathematics: ready to request an assessment visit', () => {
  it('has the 10 elements', () => {
    expect(level.criteria.kind === 'elements' && level.criteria.elements.length).toBe(10);
  });

  it('is ready when all 10 elements are met with evidence and impact evidence is recorded', () => {
    const result = readiness(mark, answersOf({ [level.id]: fullyMet(level) }));
    expect(result.highest?.level.id).toBe('quality-mark');
  });

  it('is not ready with 9 of 10 elements met, even with impact evidence', () => {
    const answers = fullyMet(level);
    answers.criteria['element-7'] = { response: ['working-towards'], texts: { practice: 'New scheme this term' } };
    const result = readiness(mark, answersOf({ [level.id]: answers }));
    expect(result.highest).toBeUndefined();
    expect(result.next?.gaps).toEqual([{ kind: 'moreMet', count: 1 }]);
  });

  it('is not ready with all 10 met but no impact evidence', () => {
    const answers = fullyMet(level);
    answers.requirements = {};
    const result = readiness(mark, answersOf({ [level.id]: answers }));
    expect(result.highest).toBeUndefined();
    expect(result.next?.gaps.map((g) => g.kind)).toEqual(['notRecorded']);
  });

  it('does not accept a written action in place of a met element', () => {
    const answers = fullyMet(level);
    answers.criteria['element-1'] = { response: ['not-yet'], texts: { action: 'Will do' } };
    expect(readiness(mark, answersOf({ [level.id]: answers })).highest).toBeUndefined();
  });
});
