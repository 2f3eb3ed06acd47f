import { describe, expect, it } from 'vitest';
import { levelCriteria } from '~/frameworks/criteria';
import type { LevelAnswers } from '~/frameworks/saved/answers';
import { scoreLevel } from '~/frameworks/scoring/bestFit';
import { firstGapAnchor, gapLists, type GapLists } from '~/frameworks/scoring/gapLists';
import { checkRequirement } from '~/frameworks/scoring/requirements';
import type { Level } from '~/frameworks/schema';
import { marks } from '~/frameworks/registry';
import { wiltshireMark } from '../fixtures/marks';

const listsOf = (level: Level, answers: LevelAnswers) => {
  const score = scoreLevel(level, answers);
  const lists = gapLists(
    level,
    answers,
    score,
    level.requirements.map((r) => checkRequirement(r, level, answers, score)),
  );
  return { score, lists };
};
const refs = (lists: GapLists) => ({
  unanswered: lists.unanswered.map((e) => e.ref),
  withoutAction: lists.withoutAction.map((e) => e.ref),
  evidenceMissing: lists.evidenceMissing.map((e) => e.ref),
  unmetElements: lists.unmetElements.map((e) => e.ref),
  unmetRequirements: lists.unmetRequirements.map((r) => r.id),
});

/** Answers by reference: "met" with evidence or without, "unmet" with an action or without. */
function answer(level: Level, given: Record<string, 'met' | 'metNoEvidence' | 'unmet' | 'unmetWithAction'>): LevelAnswers {
  const byRef = new Map(levelCriteria(level).map((c) => [c.ref, c.statement.id]));
  const met = level.responses.options.find((o) => o.meets)!.id;
  const unmet = (level.responses.options.find((o) => !o.meets && !o.plans) ?? level.responses.options.find((o) => !o.meets))!.id;
  const criteria = Object.fromEntries(
    Object.entries(given).map(([ref, how]) => [
      byRef.get(ref)!,
      {
        response: [how.startsWith('met') ? met : unmet],
        texts: { ...(how === 'met' ? { evidence: 'Seen' } : {}), ...(how === 'unmetWithAction' ? { action: 'Planned' } : {}) },
      },
    ]),
  );
  return { criteria, requirements: {} };
}

describe('gap lists', () => {
  const bronze = wiltshireMark().levels[0]!;

  it('names each gap by reference, on one list only: unanswered, unmet without an action, evidence missing', () => {
    const given: Parameters<typeof answer>[1] = {};
    for (const c of levelCriteria(bronze)) given[c.ref] = 'met';
    delete given['B3.2'];
    delete given['B8.6'];
    given['B1.1'] = 'unmet';
    given['B2.4'] = 'unmetWithAction';
    given['B5.3'] = 'metNoEvidence';
    const { lists } = listsOf(bronze, answer(bronze, given));
    expect(refs(lists)).toEqual({
      unanswered: ['B3.2', 'B8.6'],
      withoutAction: ['B1.1'],
      evidenceMissing: ['B5.3'],
      unmetElements: [],
      unmetRequirements: ['grid-used', 'actions-impact'],
    });
  });

  it('never lists a criterion twice, whatever the answers, in every level of every mark', () => {
    const hows = ['met', 'metNoEvidence', 'unmet', 'unmetWithAction', undefined] as const;
    for (const mark of marks)
      for (const level of mark.levels) {
        const given: Parameters<typeof answer>[1] = {};
        levelCriteria(level).forEach((c, i) => {
          const how = hows[i % hows.length];
          if (how) given[c.ref] = how;
        });
        const { lists } = listsOf(level, answer(level, given));
        const all = [...lists.unanswered, ...lists.withoutAction, ...lists.evidenceMissing, ...lists.unmetElements].map((e) => e.ref);
        expect(new Set(all).size, `${mark.id} ${level.id}`).toBe(all.length);
      }
  });

  it('lists the unmet element by name where every one must be met, and the first gap is the first in reading order', () => {
    const level = marks.find((m) => m.id === 'english-maths-qm')!.levels[0]!;
    const given: Parameters<typeof answer>[1] = {};
    for (const c of levelCriteria(level)) given[c.ref] = 'met';
    given['QM7'] = 'unmet';
    const { lists, score } = listsOf(level, answer(level, given));
    expect(lists.unmetElements.map((e) => e.ref)).toEqual(['QM7']);
    expect(lists.unmetElements[0]!.statement.text).toBe(levelCriteria(level)[6]!.statement.text);
    expect(firstGapAnchor(lists, score)).toBe(`criterion-${levelCriteria(level)[6]!.statement.id}`);
  });

  it('goes first to the earliest criterion on any list, before a later unanswered one', () => {
    const { lists, score } = listsOf(bronze, answer(bronze, { 'B1.1': 'met', 'B1.2': 'unmet' }));
    expect(firstGapAnchor(lists, score)).toBe(`criterion-${levelCriteria(bronze)[1]!.statement.id}`);
  });
});
