import { describe, expect, it } from 'vitest';
import { mostNeeded, scoreLevel } from '~/frameworks/scoring/bestFit';
import { levelAnswers, tinyMark, wiltshireMark } from '../fixtures/marks';

const level = tinyMark().levels[0]!;

describe('best fit on a level of four statements (most = more than half)', () => {
  it('meets nothing when nothing is answered', () => {
    const score = scoreLevel(level, undefined);
    expect(score).toMatchObject({ total: 4, answered: 0, met: 0, needed: 3, enoughMet: false, ruleMet: false });
    expect(score.unmetWithoutAction).toHaveLength(4);
  });

  it('does not count exactly half as most', () => {
    const score = scoreLevel(level, levelAnswers({ 'one-1': ['done'], 'one-2': ['done'], 'one-3': ['no'], 'one-4': ['no'] }));
    expect(score).toMatchObject({ met: 2, answered: 4, enoughMet: false, ruleMet: false });
  });

  it('counts more than half as most, but needs an action for each unmet criterion', () => {
    const score = scoreLevel(level, levelAnswers({ 'one-1': ['done'], 'one-2': ['done'], 'one-3': ['done'], 'one-4': ['no'] }));
    expect(score).toMatchObject({ met: 3, enoughMet: true, ruleMet: false });
    expect(score.unmetWithoutAction.map((c) => c.entry.statement.id)).toEqual(['one-4']);
  });

  it('meets best fit when the unmet criterion has a written action', () => {
    const score = scoreLevel(
      level,
      levelAnswers({ 'one-1': ['done'], 'one-2': ['done'], 'one-3': ['done'], 'one-4': { response: ['no'], action: 'Audit in spring' } }),
    );
    expect(score).toMatchObject({ met: 3, enoughMet: true, ruleMet: true });
    expect(score.unmetWithoutAction).toEqual([]);
  });

  it('counts an option that plans the activity as an action', () => {
    const score = scoreLevel(level, levelAnswers({ 'one-1': ['done'], 'one-2': ['done'], 'one-3': ['done'], 'one-4': ['planned'] }));
    expect(score.ruleMet).toBe(true);
  });

  it('ignores an action written on an unmet criterion that is only whitespace', () => {
    const score = scoreLevel(
      level,
      levelAnswers({ 'one-1': ['done'], 'one-2': ['done'], 'one-3': ['done'], 'one-4': { response: ['no'], action: '   ' } }),
    );
    expect(score.ruleMet).toBe(false);
  });

  it('meets the rule when every criterion is met', () => {
    const score = scoreLevel(level, levelAnswers({ 'one-1': ['done'], 'one-2': ['done'], 'one-3': ['done'], 'one-4': ['done'] }));
    expect(score).toMatchObject({ met: 4, unmet: [], ruleMet: true });
  });

  it('ignores option ids the level does not have', () => {
    const score = scoreLevel(level, levelAnswers({ 'one-1': ['gone'] }));
    expect(score).toMatchObject({ answered: 0, met: 0 });
  });
});

describe('the threshold for "most"', () => {
  it.each([
    [48, 0.5, 25],
    [28, 0.5, 15],
    [33, 0.5, 17],
    [4, 0.5, 3],
    [5, 0.5, 3],
    [100, 0.29, 30],
    [10, 0, 1],
  ])('of %i criteria at more than %f needs %i', (total, share, needed) => {
    expect(mostNeeded(total, share)).toBe(needed);
  });

  it('is read from the definition, so a stricter mark needs more', () => {
    const mark = wiltshireMark();
    const bronze = mark.levels[0]!;
    expect(scoreLevel(bronze, undefined).needed).toBe(25);
    const strict = { ...bronze, rule: { kind: 'bestFit' as const, mostMoreThan: 0.75, actionsForUnmet: true } };
    expect(scoreLevel(strict, undefined).needed).toBe(37);
  });
});
