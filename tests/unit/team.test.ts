import { describe, expect, it } from 'vitest';
import { MarkFileEnvelope, markKindShapes } from '~/frameworks/markFile/format';
import { markFileOf, markFileText } from '~/frameworks/markFile/writeMarkFile';
import { levelCriteria } from '~/frameworks/criteria';
import type { MarkAnswers } from '~/frameworks/saved/answers';
import { jsonShapeOf } from '~/frameworks/saved/shapes';
import type { Level, Mark } from '~/frameworks/schema';
import { combineLevel, widestFirst } from '~/frameworks/team/combineLevel';
import { defaultAgreed, majorityAnswer, moderatedAnswers } from '~/frameworks/team/moderate';
import { readTeamFiles, type TeamInput } from '~/frameworks/team/readTeamFiles';
import { markDefinition } from '../fixtures/adapters';

const shapes = {
  envelope: jsonShapeOf(MarkFileEnvelope),
  kinds: Object.fromEntries(Object.entries(markKindShapes).map(([kind, shape]) => [kind, jsonShapeOf(shape)])) as Record<
    keyof typeof markKindShapes,
    ReturnType<typeof jsonShapeOf>
  >,
};

const mark: Mark = markDefinition('wiltshire-lsqm');
const bronze = mark.levels.find((l) => l.id === 'bronze')!;
const gold = mark.levels.find((l) => l.id === 'gold')!;
const ids = (level: Level) => levelCriteria(level).map((c) => c.statement.id);

/** A file whose answers to a level's first criteria are the given options, in order. */
function file(
  name: string,
  level: Level,
  options: string[],
  { school = name, minute = 0, revision = mark.revision, markId = mark.id } = {},
): TeamInput {
  const criteria = Object.fromEntries(options.map((option, i) => [ids(level)[i]!, { response: option ? [option] : [], texts: {} }]));
  const answers: MarkAnswers = { version: 1, levels: { [level.id]: { criteria, requirements: {} } } };
  const saved = markFileOf({ id: markId, name: mark.name, revision }, { answers }, school, new Date(Date.UTC(2026, 10, 26, 10, minute)));
  return { name, text: markFileText(saved) };
}

const combine = (inputs: TeamInput[], level = bronze) => {
  const read = readTeamFiles(inputs, mark, shapes);
  return {
    read,
    spread: combineLevel(
      level,
      read.files.map((f) => f.answers.levels[level.id]),
    ),
  };
};

describe('combining self-assessment files', () => {
  it('counts each option, the share meeting it and who disagrees, per criterion', () => {
    const { read, spread } = combine([
      file('a.json', bronze, ['in-place', 'in-place', 'not-yet'], { minute: 1 }),
      file('b.json', bronze, ['in-place', 'not-yet', 'not-yet'], { minute: 2 }),
      file('c.json', bronze, ['in-place', 'developing', ''], { minute: 3 }),
    ]);
    expect(read.problems).toEqual([]);
    expect(spread.files).toBe(3);
    const [first, second, third] = spread.criteria;
    expect(first).toMatchObject({ counts: [3, 0, 0], answered: 3, meeting: 3, share: 1, disagree: false, width: 0 });
    expect(second).toMatchObject({ counts: [1, 1, 1], answered: 3, meeting: 1, disagree: true });
    expect(second!.share).toBeCloseTo(1 / 3);
    expect(third).toMatchObject({ counts: [0, 0, 2], answered: 2, meeting: 0, share: 0, disagree: false });
    expect(spread.criteria[3]).toMatchObject({ answered: 0, share: undefined, disagree: false });
    expect(second!.byFile).toEqual([['in-place'], ['not-yet'], ['developing']]);
  });

  it('puts the widest disagreement first: an even split, then a lone dissenter, then agreement in reading order', () => {
    const { spread } = combine([
      file('a.json', bronze, ['in-place', 'in-place', 'in-place', 'not-yet'], { minute: 1 }),
      file('b.json', bronze, ['in-place', 'not-yet', 'in-place', 'in-place'], { minute: 2 }),
      file('c.json', bronze, ['in-place', 'not-yet', 'in-place', 'not-yet'], { minute: 3 }),
      file('d.json', bronze, ['in-place', 'in-place', 'not-yet', 'in-place'], { minute: 4 }),
    ]);
    const order = widestFirst(spread.criteria).map((c) => c.index);
    // Criterion 1 and 3 split 2–2 (in reading order), criterion 2 has one dissenter of four, criterion 0 agrees.
    expect(order.slice(0, 4)).toEqual([1, 3, 2, 0]);
  });

  it('reports the same file twice, by name, and combines it once', () => {
    const a = file('a.json', bronze, ['in-place']);
    const { read, spread } = combine([a, { ...a, name: 'a copy.json' }, file('b.json', bronze, ['not-yet'], { minute: 5 })]);
    expect(read.files.map((f) => f.name)).toEqual(['a.json', 'b.json']);
    expect(read.problems).toEqual([{ name: 'a copy.json', kind: 'duplicate', of: 'a.json' }]);
    expect(spread.criteria[0]!.counts).toEqual([1, 0, 1]);
  });

  it('detects a duplicate of a file added earlier', () => {
    const a = file('a.json', bronze, ['in-place']);
    const first = readTeamFiles([a], mark, shapes);
    const again = readTeamFiles([{ ...a, name: 'again.json' }], mark, shapes, first.files);
    expect(again).toEqual({ files: [], problems: [{ name: 'again.json', kind: 'duplicate', of: 'a.json' }] });
  });

  it('refuses a file from another mark, and one that is not a file, and combines the rest', () => {
    const { read, spread } = combine([
      file('other.json', bronze, ['in-place'], { markId: 'english-maths-qm' }),
      { name: 'notes.txt', text: 'not json' },
      file('good.json', bronze, ['not-yet']),
    ]);
    expect(read.problems).toEqual([
      { name: 'other.json', kind: 'refused', refusal: { kind: 'otherMark', markName: mark.name } },
      { name: 'notes.txt', kind: 'refused', refusal: { kind: 'notJson' } },
    ]);
    expect(read.files.map((f) => f.name)).toEqual(['good.json']);
    expect(spread.criteria[0]!.counts).toEqual([0, 0, 1]);
  });

  it('accepts a file from an older revision, counting the criteria the mark still has', () => {
    const older = file('older.json', bronze, ['in-place'], { revision: 1 });
    const parsed = JSON.parse(older.text) as { data: { answers: MarkAnswers } };
    parsed.data.answers.levels.bronze!.criteria['a-criterion-since-removed'] = { response: ['not-yet'], texts: {} };
    const { read, spread } = combine([{ name: 'older.json', text: JSON.stringify(parsed) }]);
    expect(read.problems).toEqual([]);
    expect(read.files[0]!.revision).toBe(1);
    expect(spread.criteria[0]!.counts).toEqual([1, 0, 0]);
    expect(spread.criteria.reduce((sum, c) => sum + c.answered, 0)).toBe(1);
  });

  it('reports a file with no answers as empty and leaves it out', () => {
    const empty = markFileOf(mark, { answers: { version: 1, levels: {} } }, 'Ash', new Date());
    const { read, spread } = combine([{ name: 'empty.json', text: markFileText(empty) }, file('b.json', bronze, ['in-place'])]);
    expect(read.problems).toEqual([{ name: 'empty.json', kind: 'empty' }]);
    expect(spread.files).toBe(1);
  });

  it('counts each ticked option where several apply', () => {
    const a = file('a.json', gold, ['current'], { minute: 1 });
    const b = file('b.json', gold, ['future'], { minute: 2 });
    const { spread } = combine([a, b], gold);
    expect(spread.criteria[0]).toMatchObject({ counts: [0, 1, 1], answered: 2, meeting: 1, disagree: true, width: 0.5 });
  });
});

describe('moderating into one answer set', () => {
  const threeFiles = () =>
    combine([
      file('a.json', bronze, ['in-place', 'in-place', 'not-yet'], { minute: 1 }),
      file('b.json', bronze, ['in-place', 'not-yet', 'developing'], { minute: 2 }),
      file('c.json', bronze, ['not-yet', '', ''], { minute: 3 }),
    ]).spread;

  it('defaults to the majority and leaves a tie without an answer', () => {
    const spread = threeFiles();
    expect(majorityAnswer(spread.criteria[0]!)).toEqual(['in-place']);
    // One "in place", one "not yet": a tie, shown without a default.
    expect(majorityAnswer(spread.criteria[1]!)).toBeUndefined();
    expect(majorityAnswer(spread.criteria[2]!)).toBeUndefined();
    expect(majorityAnswer(spread.criteria[3]!)).toBeUndefined();
    expect(defaultAgreed(spread)).toEqual({ [ids(bronze)[0]!]: ['in-place'] });
  });

  it('makes the agreed answers the level’s, keeping the spread as evidence and the device’s other levels and notes', () => {
    const spread = threeFiles();
    const [first, second] = ids(bronze);
    const current: MarkAnswers = {
      version: 1,
      levels: {
        bronze: { criteria: { [first!]: { response: ['not-yet'], texts: { evidence: 'Minutes of June' } } }, requirements: { r: 'kept' } },
        silver: { criteria: { s: { response: ['agree'], texts: {} } }, requirements: {} },
      },
    };
    const agreed = { ...defaultAgreed(spread), [second!]: ['developing'] };
    const result = moderatedAnswers(current, spread, agreed, (c, _level, files) => `${c.answered} of ${files}: ${c.counts.join('/')}`);
    expect(result.levels.silver).toBe(current.levels.silver);
    expect(result.levels.bronze!.requirements).toEqual({ r: 'kept' });
    expect(result.levels.bronze!.criteria[first!]).toEqual({ response: ['in-place'], texts: { evidence: 'Minutes of June\n3 of 3: 2/0/1' } });
    expect(result.levels.bronze!.criteria[second!]).toEqual({ response: ['developing'], texts: { evidence: '2 of 3: 1/0/1' } });
    expect(result.levels.bronze!.criteria[ids(bronze)[5]!]).toEqual({ response: [], texts: {} });
    expect(current.levels.bronze!.criteria[first!]!.response).toEqual(['not-yet']);
  });
});
