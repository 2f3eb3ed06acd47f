import { describe, expect, it } from 'vitest';
import { readiness, readinessSentence } from '~/frameworks/scoring/readiness';
import { answersOf, fullyMet, levelAnswers, tinyMark, wiltshireMark } from '../fixtures/marks';

describe('level readiness on the Wiltshire mark', () => {
  const mark = wiltshireMark();
  const [bronze, silver, gold, platinum] = mark.levels;

  it('says the result in the mark’s own words: the level reached, or not yet ready for the first', () => {
    expect(readinessSentence(mark, readiness(mark, answersOf({})).highest)).toBe('The school is not yet ready for Bronze.');
    expect(readinessSentence(mark, readiness(mark, answersOf({ bronze: fullyMet(bronze!) })).highest)).toBe(
      'The school could be nominated for Bronze.',
    );
  });

  it('names no level and Bronze as next when nothing is answered', () => {
    const result = readiness(mark, answersOf({}));
    expect(result.highest).toBeUndefined();
    expect(result.next?.level.id).toBe('bronze');
    expect(result.next?.gaps.map((g) => g.kind)).toEqual(['moreMet', 'actionsMissing', 'unanswered', 'notRecorded']);
  });

  it('names Bronze when Bronze alone is fully met', () => {
    const result = readiness(mark, answersOf({ bronze: fullyMet(bronze!) }));
    expect(result.highest?.level.id).toBe('bronze');
    expect(result.next?.level.id).toBe('silver');
  });

  it('does not count a met level while a lower level is unmet', () => {
    const result = readiness(mark, answersOf({ silver: fullyMet(silver!), gold: fullyMet(gold!) }));
    const silverResult = result.levels[1]!;
    expect(silverResult.ownMet).toBe(true);
    expect(silverResult.counts).toBe(false);
    expect(silverResult.blockedBy?.id).toBe('bronze');
    expect(result.highest).toBeUndefined();
  });

  it('names Platinum when all four levels are met', () => {
    const result = readiness(
      mark,
      answersOf({ bronze: fullyMet(bronze!), silver: fullyMet(silver!), gold: fullyMet(gold!), platinum: fullyMet(platinum!) }),
    );
    expect(result.highest?.level.id).toBe('platinum');
    expect(result.next).toBeUndefined();
  });

  it('holds Bronze back until its actions and impact are recorded, even with every criterion met', () => {
    const answers = fullyMet(bronze!);
    delete answers.requirements['actions-impact'];
    const result = readiness(mark, answersOf({ bronze: answers }));
    expect(result.highest).toBeUndefined();
    expect(result.levels[0]!.gaps).toEqual([
      { kind: 'notRecorded', requirementId: 'actions-impact', prompt: 'Actions taken to improve further areas, and their impact' },
    ]);
  });

  it('asks for evidence on every met Bronze criterion', () => {
    const answers = fullyMet(bronze!);
    answers.criteria['flt-1-middle']!.texts = {};
    const gaps = readiness(mark, answersOf({ bronze: answers })).levels[0]!.gaps;
    expect(gaps).toEqual([{ kind: 'evidenceMissing', count: 1 }]);
  });

  it('needs every Silver statement answered, not just most agreed', () => {
    const answers = fullyMet(silver!);
    delete answers.criteria['cluster-28'];
    const silverResult = readiness(mark, answersOf({ bronze: fullyMet(bronze!), silver: answers })).levels[1]!;
    expect(silverResult.score.ruleMet).toBe(false); // cluster-28 is now unmet with no action
    expect(silverResult.gaps).toContainEqual({ kind: 'unanswered', count: 1 });
  });

  it('needs current, past and planned Gold activities', () => {
    const done = Object.fromEntries(
      gold!.criteria.kind === 'roleActivities'
        ? gold!.criteria.roles.flatMap((r) => r.activities.map((a) => [a.id, { response: ['current'], note: 'x' }]))
        : [],
    );
    const result = readiness(mark, answersOf({ bronze: fullyMet(bronze!), silver: fullyMet(silver!), gold: levelAnswers(done) }));
    const goldResult = result.levels[2]!;
    expect(goldResult.score.ruleMet).toBe(true);
    expect(goldResult.gaps.map((g) => (g.kind === 'optionMissing' ? g.option.id : g.kind))).toEqual(['last-3-years', 'future']);
    expect(result.highest?.level.id).toBe('silver');
  });
});

describe('readiness on a mark that is not sequential', () => {
  it('counts a higher level met on its own', () => {
    const mark = { ...tinyMark(), sequential: false };
    const two = levelAnswers({ 'two-1': ['done'], 'two-2': ['done'], 'two-3': ['done'], 'two-4': ['done'] });
    const result = readiness(mark, answersOf({ two }));
    expect(result.levels.map((l) => l.counts)).toEqual([false, true]);
    expect(result.highest?.level.id).toBe('two');
  });
});
