import { describe, expect, it } from 'vitest';
import { levelCriteria, type CriterionEntry } from '~/frameworks/criteria';
import { marks } from '~/frameworks/registry';
import { MOST_IN_ONE_VIEW, partsOf as inParts, taskStatus, viewOf, type Part } from '~/frameworks/tasks/taskList';
import { wiltshireMark } from '../fixtures/marks';

const partsOf = (markId: string, levelId: string) => {
  const level = marks.find((m) => m.id === markId)!.levels.find((l) => l.id === levelId)!;
  return inParts(levelCriteria(level), (c) => c.group, 1 + level.fields.filter((f) => f.show === 'always').length);
};
const sizes = (parts: Part<CriterionEntry>[]) => parts.map((p) => p.items.length);

describe('a long form in parts', () => {
  it('gives Bronze one part per area, and splits a long role or list into even runs', () => {
    expect(sizes(partsOf('wiltshire-lsqm', 'bronze'))).toEqual([6, 6, 6, 6, 6, 6, 6, 6]);
    const bronze = wiltshireMark().levels[0]!.criteria;
    expect(partsOf('wiltshire-lsqm', 'bronze').map((p) => p.group)).toEqual(bronze.kind === 'roleGrid' ? bronze.areas.map((a) => a.label) : []);
    expect(sizes(partsOf('wiltshire-lsqm', 'silver'))).toEqual([6, 6, 6, 5, 5]);
    expect(sizes(partsOf('wiltshire-lsqm', 'platinum'))).toEqual([6, 6, 5, 5, 5, 5]);
    expect(sizes(partsOf('wiltshire-lsqm', 'gold'))).toEqual([5, 4, 5, 4, 4, 4, 4, 3]);
    expect(sizes(partsOf('english-maths-qm', 'quality-mark'))).toEqual([4, 3, 3]);
    expect(partsOf('wellbeing-qm', 'approved-school')).toEqual([]);
  });

  it('never puts more in one part than fits one view, and keeps every criterion once, in order', () => {
    for (const mark of marks)
      for (const level of mark.levels) {
        const each = 1 + level.fields.filter((f) => f.show === 'always').length;
        const parts = inParts(levelCriteria(level), (c) => c.group, each);
        for (const part of parts) expect(part.items.length * each).toBeLessThanOrEqual(MOST_IN_ONE_VIEW);
        if (parts.length > 0) expect(parts.flatMap((p) => p.items)).toEqual(levelCriteria(level));
      }
  });

  it('gives a rating tool a part per rated item where it is more than about a dozen questions: the audit, not the questionnaire', () => {
    const { items } = marks.find((m) => m.id === 'whmat-wellbeing')!.ratings!;
    const audit = inParts(items, (item) => item.name, 2, MOST_IN_ONE_VIEW);
    expect(audit.map((p) => [p.group, p.items.length])).toEqual(items.map((item) => [item.name, 1]));
    expect(audit.map((p) => p.id)).toEqual(items.map((_, i) => `area-${i + 1}`));
    expect(inParts(items, (item) => item.name, 1, MOST_IN_ONE_VIEW)).toEqual([]);
  });

  it('reads the status of a part from how many are answered', () => {
    expect(taskStatus(0, 6)).toEqual({ kind: 'notStarted' });
    expect(taskStatus(3, 6)).toEqual({ kind: 'inProgress', done: 3, total: 6 });
    expect(taskStatus(6, 6)).toEqual({ kind: 'completed' });
  });

  it('reads the view from the address: a part, every part, a criterion’s part, else the list', () => {
    const parts = [
      { id: 'area-1', anchors: ['criterion-a'] },
      { id: 'area-2', anchors: ['criterion-b'] },
    ];
    expect(viewOf('#area-2', parts)).toEqual({ kind: 'part', index: 1 });
    expect(viewOf('#all', parts)).toEqual({ kind: 'all' });
    expect(viewOf('#criterion-b', parts)).toEqual({ kind: 'part', index: 1, anchor: 'criterion-b' });
    expect(viewOf('', parts)).toEqual({ kind: 'list' });
    expect(viewOf('#nowhere', parts)).toEqual({ kind: 'list' });
  });
});
