import { describe, expect, it } from 'vitest';
import { MarkAnswers } from '~/frameworks/saved/answers';
import { chooseOption, setCriterionText, setRequirementText } from '~/frameworks/saved/editAnswers';
import { auditOnScale, questionnaireOnScale, responsesOnScale } from '~/frameworks/saved/onScale';
import { savedShapes, type SavedKind } from '~/frameworks/saved/shapes';
import { tinyMark } from '../fixtures/marks';
import { decode, empty, problemMessage } from '../fixtures/saved';

const good = {
  version: 1,
  levels: { one: { criteria: { 'one-1': { response: ['done'], texts: { evidence: 'Minutes' } } }, requirements: { r: 'Plan' } } },
};

// Saved data that the browser's decoder and the zod schema must judge alike: the decoder reads
// the shape zod describes, so where zod accepts, it reads the same value and reports nothing.
const examples: [SavedKind, string, unknown][] = [
  ['answers', 'whole answers', good],
  ['answers', 'no levels yet', { version: 1 }],
  ['answers', 'defaults left out', { version: 1, levels: { one: { criteria: { 'one-1': {} } } } }],
  ['answers', 'a newer version', { version: 2, levels: {} }],
  ['answers', 'an unknown top-level field', { ...good, extra: true }],
  ['answers', 'a response that is not a list', { version: 1, levels: { one: { criteria: { a: { response: 'done' } } } } }],
  ['answers', 'a text that is a number', { version: 1, levels: { one: { criteria: { a: { texts: { evidence: 7 } } } } } }],
  ['answers', 'texts that are a list', { version: 1, levels: { one: { criteria: { a: { texts: ['x'] } } } } }],
  ['answers', 'an unknown criterion field', { version: 1, levels: { one: { criteria: { a: { response: [], colour: 'red' } } } } }],
  ['answers', 'a requirement that is not text', { version: 1, levels: { one: { requirements: { r: ['x'] } } } }],
  ['answers', 'a level that is a list', { version: 1, levels: { one: [] } }],
  ['answers', 'criteria that are a list', { version: 1, levels: { one: { criteria: [] } } }],
  ['answers', 'a list', [good]],
  ['answers', 'null', null],
  ['audit', 'ratings with evidence', { version: 2, items: { a: { rating: 3, evidence: 'Survey' }, b: { evidence: 'Seen' } } }],
  ['audit', 'a rating that is text', { version: 2, items: { a: { rating: '3' } } }],
  ['audit', 'a rating that is not whole', { version: 2, items: { a: { rating: 2.5 } } }],
  ['questionnaire', 'ratings', { version: 2, ratings: { a: 1, b: 4 } }],
  ['questionnaire', 'a rating that is null', { version: 2, ratings: { a: null } }],
  [
    'responses',
    'two responses',
    {
      version: 1,
      responses: [
        { id: 'x1', ratings: { a: 2 } },
        { id: 'x2', ratings: {} },
      ],
    },
  ],
  ['responses', 'a response without an id', { version: 1, responses: [{ ratings: { a: 2 } }] }],
  [
    'surveys',
    'typed and imported figures',
    {
      version: 1,
      groups: {
        pupils: { invited: 30, responses: 20, questions: [{ text: 'Q1', agree: 12, answered: 19 }], source: { kind: 'manual' } },
        staff: { responses: 5, questions: [], source: { kind: 'csv', fileName: 'staff.csv' } },
      },
    },
  ],
  ['school', 'a name', { version: 1, name: 'Severn Primary' }],
  ['person', 'a name and role', { version: 1, name: 'Ann Patel', role: 'Deputy head' }],
  [
    'team',
    'a file combined and a choice',
    {
      version: 1,
      files: [
        {
          name: 'ann.json',
          person: { name: 'Ann Patel', role: 'Deputy head' },
          savedAt: '2026-11-01T09:00:00.000Z',
          revision: 1,
          answers: { version: 1, levels: { one: { criteria: { a: { response: ['met'], texts: { evidence: 'Minutes' } } } } } },
          plan: { version: 1, rows: { 'one/a': { owner: 'Ann', due: '2026-12-01' } } },
          key: 'k',
        },
      ],
      choices: { one: { a: ['met'] } },
      level: 'one',
      sideBySide: 'off',
    },
  ],
  ['team', 'a damaged file dropped alone', { version: 1, files: [{ name: 'x.json' }] }],
  [
    'plan',
    'an action with its details',
    { version: 1, rows: { 'one/a': { action: 'Train staff', owner: 'Ms Khan', due: '2026-12-01', status: 'in-progress', impact: 'Seen' } } },
  ],
  ['plan', 'a status that is not one of the three', { version: 1, rows: { 'one/a': { status: 'late' } } }],
  [
    'snapshots',
    'a snapshot',
    {
      version: 1,
      snapshots: [
        {
          id: 's1',
          takenAt: '2026-11-26T10:00:00.000Z',
          revision: 1,
          levels: { one: { a: ['done'] } },
          actioned: ['one/b'],
          audit: { x: 2 },
          statuses: { 'one/a': 'done' },
        },
      ],
    },
  ],
  ['snapshots', 'a snapshot without a date', { version: 1, snapshots: [{ id: 's1', revision: 1 }] }],
  ['school', 'a name that is a number', { version: 1, name: 7 }],
  ['surveys', 'a negative count', { version: 1, groups: { pupils: { responses: -1, questions: [], source: { kind: 'manual' } } } }],
  ['surveys', 'an unknown source', { version: 1, groups: { pupils: { responses: 1, questions: [], source: { kind: 'paper' } } } }],
];

describe('decoding saved data', () => {
  it.each(examples)('agrees with the zod schema on %s: %s', (kind, _name, value) => {
    const zod = savedShapes[kind].safeParse(value);
    const decoded = decode(kind, JSON.stringify(value));
    expect(decoded.problem === undefined).toBe(zod.success);
    if (zod.success) expect(decoded.value).toEqual(zod.data);
  });

  it.each(Object.keys(savedShapes) as SavedKind[])('reads back what it writes, and starts empty, for %s', (kind) => {
    const full = examples.find(([k, , v]) => k === kind && savedShapes[kind].safeParse(v).success)![2];
    const value = savedShapes[kind].parse(full);
    expect(decode(kind, JSON.stringify(value))).toEqual({ value });
    expect(decode(kind, null)).toEqual({ value: empty(kind) });
    expect(savedShapes[kind].safeParse(empty(kind)).success).toBe(true);
  });

  it('keeps an unknown top-level field aside and reports it, and reads the known fields beside it', () => {
    const text = JSON.stringify({ ...good, confidence: 'high', colour: 'red' });
    expect(decode('answers', text)).toEqual({
      value: savedShapes.answers.parse(good),
      problem: { kind: 'unknownFields', fields: ['confidence', 'colour'], count: 0 },
    });
    expect(problemMessage('answers', text)).toBe(
      'The saved answers hold fields this site does not know (“confidence”, “colour”): they are kept aside on this device, and everything beside them was read.',
    );
    const oneDamaged = { version: 2, items: { a: { rating: 3, evidence: 'Survey' }, b: { rating: 'three' } }, note: 1 };
    expect(decode('audit', JSON.stringify(oneDamaged))).toEqual({
      value: { version: 2, items: { a: { rating: 3, evidence: 'Survey' } } },
      problem: { kind: 'unknownFields', fields: ['note'], count: 1 },
    });
    expect(problemMessage('school', JSON.stringify({ version: 1, name: 'Severn Primary', town: 'Bewdley' }))).toBe(
      'The saved school details hold a field this site does not know (“town”): it is kept aside on this device, and everything beside it was read.',
    );
    expect(decode('school', JSON.stringify({ version: 1, name: 'Severn Primary', town: 'Bewdley' })).value).toEqual({
      version: 1,
      name: 'Severn Primary',
    });
  });

  it('reports text that is not JSON and reads nothing from it', () => {
    expect(decode('answers', '{"version":1,')).toEqual({ value: empty('answers'), problem: { kind: 'notJson' } });
    expect(problemMessage('answers', '{"version":1,')).toBe('The saved answers are not valid JSON, so none could be read.');
    expect(problemMessage('surveys', '[1]')).toBe('The saved survey figures are not in a form this site recognises, so none could be read.');
  });

  it('keeps the good answers when one is damaged, and says how many were lost', () => {
    const damaged = structuredClone(good) as { levels: { one: { criteria: Record<string, unknown>; requirements: Record<string, unknown> } } };
    damaged.levels.one.criteria['one-2'] = { response: 'done' };
    damaged.levels.one.requirements.q = 3;
    const { value } = decode('answers', JSON.stringify(damaged));
    expect(value).toEqual(good);
    expect(problemMessage('answers', JSON.stringify(damaged))).toBe('2 saved answers were damaged and could not be read; the rest are kept.');
  });

  it('keeps readable saved responses and survey groups when one is damaged', () => {
    const responses = JSON.stringify({
      version: 1,
      responses: [
        { id: 'x1', ratings: { a: 2 } },
        { id: 'x2', ratings: { a: 'two' } },
      ],
    });
    expect(decode('responses', responses).value).toEqual({ version: 1, responses: [{ id: 'x1', ratings: { a: 2 } }] });
    expect(problemMessage('responses', responses)).toBe('1 saved response was damaged and could not be read; the rest are kept.');
    const surveys = JSON.stringify({
      version: 1,
      groups: { pupils: { responses: 2, questions: [], source: { kind: 'manual' } }, staff: { responses: 'x' }, parents: null },
    });
    expect(Object.keys(decode('surveys', surveys).value.groups)).toEqual(['pupils']);
    expect(problemMessage('surveys', surveys)).toBe('The saved figures for 2 groups were damaged and could not be read; the rest are kept.');
  });

  it('never reads a "__proto__" key into an object’s prototype', () => {
    const text = '{"version":1,"levels":{"__proto__":{"criteria":{}},"one":{}}}';
    const { value, problem } = decode('answers', text);
    expect(Object.keys(value.levels)).toEqual(['one']);
    expect(Object.getPrototypeOf(value.levels)).toBe(Object.prototype);
    expect(problem).toEqual({ kind: 'damaged', count: 1 });
  });

  it('reports data from a newer version and reads none of it, so nothing is mistaken for an answer', () => {
    expect(decode('answers', '{"version":7,"levels":{}}')).toEqual({ value: empty('answers'), problem: { kind: 'newer', version: 7 } });
    expect(problemMessage('answers', '{"version":7}')).toBe(
      'The saved answers come from a newer version of this site, which this page cannot read. A copy is kept aside on this device.',
    );
  });
});

describe('ratings saved by version 1, as text in the level answers’ shape', () => {
  const v1 = (ratings: Record<string, string>, evidence: Record<string, string> = {}) =>
    JSON.stringify({
      version: 1,
      levels: {
        ratings: {
          criteria: Object.fromEntries(
            Object.keys({ ...ratings, ...evidence }).map((id) => [
              id,
              { response: ratings[id] === undefined ? [] : [ratings[id]], texts: evidence[id] === undefined ? {} : { evidence: evidence[id] } },
            ]),
          ),
        },
      },
    });
  const scale = [1, 2, 3, 4];

  it('become numbers, with their evidence', () => {
    expect(decode('audit', v1({ a: '3', b: '1' }, { a: 'Survey', c: 'Seen' }), auditOnScale(scale))).toEqual({
      value: { version: 2, items: { a: { rating: 3, evidence: 'Survey' }, b: { rating: 1, evidence: '' }, c: { evidence: 'Seen' } } },
    });
    expect(decode('questionnaire', v1({ a: '2' }), questionnaireOnScale(scale))).toEqual({ value: { version: 2, ratings: { a: 2 } } });
  });

  it('off the scale ("99") or not a number ("abc") are reported and dropped, never ranked as NaN', () => {
    const text = v1({ a: '99', b: 'abc', c: '2' }, { a: 'Kept' });
    expect(decode('audit', text, auditOnScale(scale)).value).toEqual({
      version: 2,
      items: { a: { evidence: 'Kept' }, c: { rating: 2, evidence: '' } },
    });
    expect(problemMessage('audit', text, auditOnScale(scale))).toBe(
      '2 saved ratings were damaged or off the scale and could not be read; the rest are kept.',
    );
    expect(decode('questionnaire', v1({ a: '99', b: 'abc', c: '4' }), questionnaireOnScale(scale))).toEqual({
      value: { version: 2, ratings: { c: 4 } },
      problem: { kind: 'damaged', count: 2 },
    });
  });

  it('collected responses keep only ratings on the scale', () => {
    const text = JSON.stringify({ version: 1, responses: [{ id: 'x', ratings: { a: 5, b: 2 } }] });
    expect(decode('responses', text, responsesOnScale(scale))).toEqual({
      value: { version: 1, responses: [{ id: 'x', ratings: { b: 2 } }] },
      problem: { kind: 'damaged', count: 1 },
    });
  });
});

describe('editing answers', () => {
  const [one] = tinyMark().levels;

  it('ticks and unticks options in the definition’s order where several apply', () => {
    let answers = chooseOption(empty('answers'), one!, 'one-1', 'no');
    answers = chooseOption(answers, one!, 'one-1', 'done');
    expect(answers.levels.one!.criteria['one-1']!.response).toEqual(['done', 'no']);
    answers = chooseOption(answers, one!, 'one-1', 'done', false);
    expect(answers.levels.one!.criteria['one-1']!.response).toEqual(['no']);
  });

  it('replaces the choice where only one applies', () => {
    const single = { ...one!, responses: { ...one!.responses, mode: 'one' as const } };
    let answers = chooseOption(empty('answers'), single, 'one-1', 'no');
    answers = chooseOption(answers, single, 'one-1', 'done');
    expect(answers.levels.one!.criteria['one-1']!.response).toEqual(['done']);
  });

  it('leaves the answers it was given untouched', () => {
    const before = empty('answers');
    const after = setRequirementText(setCriterionText(before, 'one', 'one-1', 'evidence', 'Seen'), 'one', 'r', 'Done');
    expect(before).toEqual(MarkAnswers.parse({ version: 1 }));
    expect(after.levels.one).toEqual({ criteria: { 'one-1': { response: [], texts: { evidence: 'Seen' } } }, requirements: { r: 'Done' } });
  });
});
