import { describe, expect, it } from 'vitest';
import { filterPlan, isOverdue, planCounts, planOwners, setPlanEntry } from '~/frameworks/plan/actionPlan';
import { actionPlan } from '~/frameworks/plan/buildPlan';
import { compareSnapshots, takeSnapshot } from '~/frameworks/plan/snapshots';
import { getMark } from '~/frameworks/registry';
import type { PlanDetails } from '~/frameworks/saved/planDetails';
import { answersOf, fullyMet, levelAnswers, tinyMark } from '../fixtures/marks';

const TODAY = '2026-11-26';
const noDetails = (): PlanDetails => ({ version: 1, rows: {} });

describe('the action plan, built from the answers', () => {
  const mark = tinyMark();

  it('lists an unmet criterion with its action, and never a met one', () => {
    const answers = answersOf({ one: levelAnswers({ 'one-1': ['done'], 'one-2': { response: ['no'], action: 'Train the governors' } }) });
    const rows = actionPlan(mark, { answers, today: TODAY });
    expect(rows.map((r) => [r.id, r.action, r.actionFromAnswers])).toEqual([['one/one-2', 'Train the governors', true]]);
    expect(rows[0]).toMatchObject({ section: 'one', sectionName: 'one', statement: 'Statement 2', overdue: false });
  });

  it('takes a planned option as the action, and leaves out criteria nobody has touched', () => {
    const answers = answersOf({ one: levelAnswers({ 'one-3': ['planned'] }) });
    const rows = actionPlan(mark, { answers, today: TODAY });
    expect(rows.map((r) => [r.id, r.action])).toEqual([['one/one-3', 'Planned']]);
  });

  it('drops a criterion from the plan once it is met, keeping its details for the file', () => {
    let details = setPlanEntry(noDetails(), 'one/one-2', 'owner', 'Ms Khan');
    details = setPlanEntry(details, 'one/one-2', 'due', '2026-12-01');
    const before = actionPlan(mark, {
      answers: answersOf({ one: levelAnswers({ 'one-2': { response: ['no'], action: 'Do it' } }) }),
      details,
      today: TODAY,
    });
    expect(before[0]?.details).toMatchObject({ owner: 'Ms Khan', due: '2026-12-01', status: 'not-started' });
    const after = actionPlan(mark, { answers: answersOf({ one: levelAnswers({ 'one-2': ['done'] }) }), details, today: TODAY });
    expect(after).toEqual([]);
    expect(details.rows['one/one-2']?.owner).toBe('Ms Khan');
  });

  it('keeps an action written for a criterion that is met (a team agreed it is met): on the plan, marked met, with its details', () => {
    const details = setPlanEntry(noDetails(), 'one/one-2', 'owner', 'Ms Khan');
    const answers = answersOf({
      one: levelAnswers({ 'one-1': ['done'], 'one-2': { response: ['done'], action: 'Ben Okafor (SENCO): Train the governors' } }),
    });
    const rows = actionPlan(mark, { answers, details, today: TODAY });
    expect(rows.map((r) => [r.id, r.action, r.actionFromAnswers, r.met])).toEqual([
      ['one/one-2', 'Ben Okafor (SENCO): Train the governors', true, true],
    ]);
    expect(rows[0]!.details.owner).toBe('Ms Khan');
    // Done, it stays on the plan, done, with the impact typed for it.
    const done = setPlanEntry(setPlanEntry(details, 'one/one-2', 'status', 'done'), 'one/one-2', 'impact', 'Governors now lead the review');
    expect(actionPlan(mark, { answers, details: done, today: TODAY }).map((r) => [r.id, r.met, r.details.status, r.details.impact])).toEqual([
      ['one/one-2', true, 'done', 'Governors now lead the review'],
    ]);
    // An unmet row says nothing of the kind.
    const unmet = actionPlan(mark, { answers: answersOf({ one: levelAnswers({ 'one-2': { response: ['no'], action: 'Do it' } }) }), today: TODAY });
    expect(unmet[0]!.met).toBeUndefined();
  });

  it('shows a criterion with no answer that was given plan details, with the plan’s own action', () => {
    const details = setPlanEntry(noDetails(), 'two/two-1', 'action', 'Audit the timetable');
    const rows = actionPlan(mark, { answers: answersOf({}), details, today: TODAY });
    expect(rows.map((r) => [r.id, r.action, r.actionFromAnswers])).toEqual([['two/two-1', 'Audit the timetable', false]]);
  });

  it('includes every rated item as a priority, weakest first', () => {
    const whmat = getMark('whmat-wellbeing');
    const [a, b, c] = whmat.ratings!.items;
    const rows = actionPlan(whmat, { audit: { [a!.id]: 4, [b!.id]: 1, [c!.id]: 2 }, today: TODAY });
    expect(rows.map((r) => [r.id, r.rank, r.section])).toEqual([
      [`item/${b!.id}`, 1, 'items'],
      [`item/${c!.id}`, 2, 'items'],
      [`item/${a!.id}`, 3, 'items'],
    ]);
    expect(rows[0]?.sectionName).toBe(whmat.ratings!.prioritiesTitle);
  });

  it('filters by level, owner and status, and counts each status', () => {
    const answers = answersOf({
      one: levelAnswers({ 'one-1': ['no'], 'one-2': ['no'] }),
      two: levelAnswers({ 'two-1': ['no'] }),
    });
    let details = setPlanEntry(noDetails(), 'one/one-1', 'owner', 'Ms Khan');
    details = setPlanEntry(details, 'two/two-1', 'owner', 'Mr Lee');
    details = setPlanEntry(details, 'two/two-1', 'status', 'done');
    const rows = actionPlan(mark, { answers, details, today: TODAY });
    expect(filterPlan(rows, { section: 'one' }).map((r) => r.id)).toEqual(['one/one-1', 'one/one-2']);
    expect(filterPlan(rows, { owner: 'Mr Lee' }).map((r) => r.id)).toEqual(['two/two-1']);
    expect(filterPlan(rows, { status: 'not-started' }).map((r) => r.id)).toEqual(['one/one-1', 'one/one-2']);
    expect(planOwners(rows)).toEqual(['Mr Lee', 'Ms Khan']);
    expect(planCounts(rows)).toEqual({ 'not-started': 2, 'in-progress': 0, done: 1, overdue: 0 });
  });

  it('offers each person of a shared row as an owner of their own, and filters their shared rows with theirs', () => {
    const answers = answersOf({
      one: levelAnswers({ 'one-1': ['no'], 'one-2': ['no'] }),
      two: levelAnswers({ 'two-1': ['no'] }),
    });
    let details = setPlanEntry(noDetails(), 'one/one-1', 'owner', 'Ann Patel; Ben Okafor');
    details = setPlanEntry(details, 'one/one-2', 'owner', ' Ben Okafor ');
    details = setPlanEntry(details, 'two/two-1', 'owner', 'Cara and Ben');
    const rows = actionPlan(mark, { answers, details, today: TODAY });
    expect(planOwners(rows)).toEqual(['Ann Patel', 'Ben Okafor', 'Cara and Ben']);
    expect(filterPlan(rows, { owner: 'Ben Okafor' }).map((r) => r.id)).toEqual(['one/one-1', 'one/one-2']);
    expect(filterPlan(rows, { owner: 'Ann Patel' }).map((r) => r.id)).toEqual(['one/one-1']);
  });
});

describe('overdue actions', () => {
  it('is overdue after its target date until it is done', () => {
    expect(isOverdue({ due: '2026-11-25', status: 'not-started' }, TODAY)).toBe(true);
    expect(isOverdue({ due: '2026-11-25', status: 'in-progress' }, TODAY)).toBe(true);
    expect(isOverdue({ due: '2026-11-25', status: 'done' }, TODAY)).toBe(false);
  });

  it('is not overdue on its target date, before it, or without a date', () => {
    expect(isOverdue({ due: TODAY, status: 'not-started' }, TODAY)).toBe(false);
    expect(isOverdue({ due: '2027-01-01', status: 'not-started' }, TODAY)).toBe(false);
    expect(isOverdue({ due: '', status: 'not-started' }, TODAY)).toBe(false);
    expect(isOverdue({ due: 'next week', status: 'not-started' }, TODAY)).toBe(false);
  });

  it('marks the plan’s overdue rows and filters them', () => {
    const mark = tinyMark();
    const answers = answersOf({ one: levelAnswers({ 'one-1': ['no'], 'one-2': ['no'] }) });
    const details = setPlanEntry(noDetails(), 'one/one-2', 'due', '2026-10-01');
    const rows = actionPlan(mark, { answers, details, today: TODAY });
    expect(rows.map((r) => r.overdue)).toEqual([false, true]);
    expect(filterPlan(rows, { overdueOnly: true }).map((r) => r.id)).toEqual(['one/one-2']);
  });
});

describe('comparing snapshots', () => {
  const mark = tinyMark();
  const [one] = mark.levels;
  const at = (iso: string) => new Date(iso);

  it('finds criteria newly met, newly unmet and unchanged, actions completed, and readiness then and now', () => {
    let details = setPlanEntry(noDetails(), 'one/one-3', 'status', 'in-progress');
    const then = takeSnapshot(
      mark,
      { answers: answersOf({ one: levelAnswers({ 'one-1': ['done'], 'one-2': ['done'], 'one-3': ['no'] }) }), details },
      at('2026-09-01T09:00:00Z'),
      'a',
    );
    details = setPlanEntry(details, 'one/one-3', 'status', 'done');
    const now = takeSnapshot(mark, { answers: answersOf({ one: fullyMet(one!) }), details }, at('2026-11-26T09:00:00Z'), 'b');
    now.levels.one!['one-2'] = ['no'];
    now.actioned.push('one/one-2');
    const result = compareSnapshots(mark, then, now);
    const level = result.levels[0]!;
    expect(level.newlyMet.map((c) => c.statement.id)).toEqual(['one-3', 'one-4']);
    expect(level.newlyUnmet.map((c) => c.statement.id)).toEqual(['one-2']);
    expect([level.stillMet, level.stillUnmet, level.metThen, level.metNow]).toEqual([1, 0, 2, 3]);
    expect(result.actionsCompleted).toEqual(['one/one-3']);
    expect(result.actionsReopened).toEqual([]);
    expect(result.readinessThen).toBeUndefined();
    expect(result.readinessNow?.level.id).toBe('one');
  });

  it('finds nothing changed between a snapshot and itself', () => {
    const snap = takeSnapshot(mark, { answers: answersOf({ one: levelAnswers({ 'one-1': ['done'] }) }) }, at('2026-11-26T09:00:00Z'), 'a');
    const result = compareSnapshots(mark, snap, snap);
    expect(result.levels.flatMap((l) => [...l.newlyMet, ...l.newlyUnmet])).toEqual([]);
    expect(result.levels.map((l) => [l.stillMet, l.stillUnmet])).toEqual([
      [1, 3],
      [0, 4],
    ]);
    expect(result.actionsCompleted).toEqual([]);
    expect(result.ratingChanges).toEqual([]);
  });

  it('keeps a copy, not a reference, of the answers', () => {
    const answers = answersOf({ one: levelAnswers({ 'one-1': ['done'] }) });
    const snap = takeSnapshot(mark, { answers }, at('2026-11-26T09:00:00Z'), 'a');
    answers.levels.one!.criteria['one-1']!.response = ['no'];
    expect(snap.levels.one!['one-1']).toEqual(['done']);
    expect(snap.takenAt).toBe('2026-11-26T09:00:00.000Z');
  });
});
