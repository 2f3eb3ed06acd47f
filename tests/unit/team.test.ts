import { describe, expect, it } from 'vitest';
import { MarkFileEnvelope, markKindShapes } from '~/frameworks/markFile/format';
import { markFileOf, markFileText } from '~/frameworks/markFile/writeMarkFile';
import { levelCriteria } from '~/frameworks/criteria';
import type { MarkAnswers } from '~/frameworks/saved/answers';
import { jsonShapeOf } from '~/frameworks/saved/shapes';
import type { Level, Mark } from '~/frameworks/schema';
import { combineLevel, widestFirst } from '~/frameworks/team/combineLevel';
import {
  agreedAnswers,
  defaultAgreed,
  majorityAnswer,
  moderatedAnswers,
  moderatedPlan,
  noteMatcher,
  type Attribute,
  type SpreadNote,
  type TeamSource,
} from '~/frameworks/team/moderate';
import { actionPlan } from '~/frameworks/plan/buildPlan';
import { readiness } from '~/frameworks/scoring/readiness';
import { noteAuthor, readTeamFiles, teamFileName, teamSchool, teamSources, type TeamInput } from '~/frameworks/team/readTeamFiles';
import { toAddress } from '~/frameworks/team/toAddress';
import { en } from '~/text/en';
import { translator } from '~/text/translate';
import { markDefinition } from '../fixtures/adapters';
import { credits } from '../fixtures/credits';

const shapes = {
  envelope: jsonShapeOf(MarkFileEnvelope),
  kinds: Object.fromEntries(Object.entries(markKindShapes).map(([kind, shape]) => [kind, jsonShapeOf(shape)])) as Record<
    keyof typeof markKindShapes,
    ReturnType<typeof jsonShapeOf>
  >,
};

const mark: Mark = markDefinition('wiltshire-lsqm');
const bronze = mark.levels.find((l) => l.id === 'bronze')!;
const silver = mark.levels.find((l) => l.id === 'silver')!;
const gold = mark.levels.find((l) => l.id === 'gold')!;
const ids = (level: Level) => levelCriteria(level).map((c) => c.statement.id);

/** A file whose answers to a level's first criteria are the given options, in order. */
function file(
  name: string,
  level: Level,
  options: string[],
  { school = name, minute = 0, revision = mark.revision, markId = mark.id, person = { name: '', role: '' } } = {},
): TeamInput {
  const criteria = Object.fromEntries(options.map((option, i) => [ids(level)[i]!, { response: option ? [option] : [], texts: {} }]));
  const answers: MarkAnswers = { version: 1, levels: { [level.id]: { criteria, requirements: {} } } };
  const saved = markFileOf({ id: markId, name: mark.name, revision }, { answers }, school, new Date(Date.UTC(2026, 10, 26, 10, minute)), person);
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
    expect(again).toEqual({ files: first.files, added: 0, problems: [{ name: 'again.json', kind: 'duplicate', of: 'a.json' }] });
    // The same file dropped twice is named once, not against itself.
    expect(readTeamFiles([a], mark, shapes, first.files).problems).toEqual([{ name: 'a.json', kind: 'duplicate', of: 'a.json' }]);
  });

  it('names the school most files name, for the report where the device names none', () => {
    const at = (school: string) => ({ school });
    expect(teamSchool([at('Ash Primary'), at(' Beech Primary '), at('Beech Primary'), at('')])).toBe('Beech Primary');
    expect(teamSchool([at('Ash Primary'), at('Beech Primary')])).toBe('Ash Primary');
    expect(teamSchool([at(''), at('  ')])).toBe('');
  });

  describe('two saves by the same person', () => {
    const ann = { name: 'Ann Patel', role: 'Deputy head' };
    const monday = file('ann monday.json', bronze, ['not-yet', 'not-yet'], { school: 'Ash Primary', minute: 1, person: ann });
    const tuesday = file('ann tuesday.json', bronze, ['in-place', 'not-yet'], { school: 'Ash Primary', minute: 9, person: ann });
    const ben = file('ben.json', bronze, ['not-yet', 'in-place'], { school: 'Ash Primary', minute: 5, person: { name: 'Ben Cole', role: '' } });
    const earlier = { name: 'ann monday.json', kind: 'earlier', by: 'ann tuesday.json', person: 'Ann Patel (Deputy head, Ash Primary)' };

    it('count once, by the later save, in whichever order they are dropped', () => {
      for (const order of [
        [monday, ben, tuesday],
        [tuesday, ben, monday],
      ]) {
        const { read, spread } = combine(order);
        expect(read.files.map((f) => f.name).sort()).toEqual(['ann tuesday.json', 'ben.json']);
        expect(read.added).toBe(2);
        expect(read.problems).toEqual([earlier]);
        expect(spread.criteria[0]!.counts).toEqual([1, 0, 1]);
      }
    });

    it('a later save added to the files combined takes the earlier one’s place; an earlier one added later is left out', () => {
      const first = readTeamFiles([monday, ben], mark, shapes);
      const later = readTeamFiles([tuesday], mark, shapes, first.files);
      expect(later.files.map((f) => f.name)).toEqual(['ann tuesday.json', 'ben.json']);
      expect(later.added).toBe(1);
      expect(later.problems).toEqual([earlier]);
      const again = readTeamFiles([monday], mark, shapes, later.files);
      expect(again.files).toEqual(later.files);
      expect(again).toMatchObject({ added: 0, problems: [earlier] });
    });

    it('are told apart by school, and files that name nobody by their answers alone', () => {
      const atBeech = file('ann beech.json', bronze, ['in-place'], { school: 'Beech Primary', minute: 3, person: ann });
      const nobody = file('old.json', bronze, ['in-place'], { school: 'Ash Primary', minute: 4 });
      const nobodyLater = file('old later.json', bronze, ['not-yet'], { school: 'Ash Primary', minute: 6 });
      const { read } = combine([monday, atBeech, nobody, nobodyLater]);
      expect(read.problems).toEqual([]);
      expect(read.files).toHaveLength(4);
    });
  });

  it('knows a file by its content: renamed and saved again later, with its entries in another order and a blank one added, it is a duplicate', () => {
    const a = file('a.json', bronze, ['in-place', 'not-yet'], { school: 'Ash Primary', minute: 1 });
    const saved = JSON.parse(a.text) as { savedAt: string; data: { answers: MarkAnswers } };
    const criteria = saved.data.answers.levels.bronze!.criteria;
    const [first, second] = ids(bronze);
    saved.savedAt = '2026-11-27T09:00:00.000Z';
    saved.data.answers.levels.bronze!.criteria = {
      [ids(bronze)[7]!]: { response: [], texts: { evidence: '  ' } },
      [second!]: criteria[second!]!,
      [first!]: criteria[first!]!,
    };
    saved.data.answers.levels.gold = { criteria: {}, requirements: { r: '' } };
    const again = { name: 'Ash (2).json', text: JSON.stringify(saved) };
    const { read } = combine([a, again]);
    expect(read.files.map((f) => f.name)).toEqual(['a.json']);
    expect(read.problems).toEqual([{ name: 'Ash (2).json', kind: 'duplicate', of: 'a.json' }]);
    // The same when the copy comes later, against the files already combined.
    expect(readTeamFiles([again], mark, shapes, read.files).problems).toEqual([{ name: 'Ash (2).json', kind: 'duplicate', of: 'a.json' }]);
  });

  it('keeps files that differ in one answer, one note or the school, even when saved at the same moment', () => {
    const a = file('a.json', bronze, ['in-place', 'not-yet'], { school: 'Ash Primary' });
    const otherAnswer = file('b.json', bronze, ['in-place', 'developing'], { school: 'Ash Primary' });
    const otherSchool = file('c.json', bronze, ['in-place', 'not-yet'], { school: 'Beech Primary' });
    const withNote = JSON.parse(a.text) as { data: { answers: MarkAnswers } };
    withNote.data.answers.levels.bronze!.criteria[ids(bronze)[0]!]!.texts = { evidence: 'Minutes of June' };
    const { read } = combine([a, otherAnswer, otherSchool, { name: 'd.json', text: JSON.stringify(withNote) }]);
    expect(read.problems).toEqual([]);
    expect(read.files.map((f) => f.name)).toEqual(['a.json', 'b.json', 'c.json', 'd.json']);
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
    const note: SpreadNote = {
      write: (c, _level, files) => `${c.answered} of ${files}: ${c.counts.join('/')}`,
      matches: (line) => /^\d+ of \d+: /.test(line),
    };
    const result = moderatedAnswers(current, spread, agreed, note);
    expect(result.levels.silver).toBe(current.levels.silver);
    expect(result.levels.bronze!.requirements).toEqual({ r: 'kept' });
    expect(result.levels.bronze!.criteria[first!]).toEqual({ response: ['in-place'], texts: { evidence: 'Minutes of June\n3 of 3: 2/0/1' } });
    expect(result.levels.bronze!.criteria[second!]).toEqual({ response: ['developing'], texts: { evidence: '2 of 3: 1/0/1' } });
    expect(result.levels.bronze!.criteria[ids(bronze)[5]!]).toEqual({ response: [], texts: {} });
    expect(current.levels.bronze!.criteria[first!]!.response).toEqual(['not-yet']);
  });
});

describe('keeping the leader’s choices as files come and go', () => {
  const [first, second, third] = ids(bronze);
  const a = file('a.json', bronze, ['in-place', 'in-place', 'not-yet'], { minute: 1 });
  const b = file('b.json', bronze, ['in-place', 'not-yet', ''], { minute: 2 });
  const c = file('c.json', bronze, ['not-yet', 'not-yet', ''], { minute: 3 });
  // The leader chose "Developing" for the first, agreed "In place" on the tied second, and "No answer" for the third.
  const choices = { [first!]: ['developing'], [second!]: ['in-place'], [third!]: [] };

  it('starts from the majority, with no answer where answers tie', () => {
    expect(agreedAnswers(combine([a, b]).spread)).toEqual({ [first!]: ['in-place'], [third!]: ['not-yet'] });
  });

  it('keeps each choice when a file is added and the majority moves', () => {
    const before = agreedAnswers(combine([a, b]).spread, choices);
    expect(before).toMatchObject({ [first!]: ['developing'], [second!]: ['in-place'], [third!]: [] });
    const after = agreedAnswers(combine([a, b, c]).spread, choices);
    // Without the choices the third file makes "Not yet" the majority on the second.
    expect(agreedAnswers(combine([a, b, c]).spread)[second!]).toEqual(['not-yet']);
    expect(after).toMatchObject({ [first!]: ['developing'], [second!]: ['in-place'], [third!]: [] });
  });

  it('drops a choice once no file combined answers its criterion, and keeps the others', () => {
    const after = agreedAnswers(combine([b, c]).spread, choices);
    expect(after).toEqual({ [first!]: ['developing'], [second!]: ['in-place'] });
    expect(third! in after).toBe(false);
  });
});

describe('the statements a cluster’s action plan should address', () => {
  const [s1, s2, s3, s4] = ids(silver);
  const schools = () =>
    combine(
      [
        file('ash.json', silver, ['agree', 'agree', 'disagree', 'agree'], { school: 'Ash Primary', minute: 1 }),
        file('beech.json', silver, ['agree', 'disagree', 'unsure', ''], { school: 'Beech Primary', minute: 2 }),
        file('cedar.json', silver, ['agree', 'unsure', 'agree', 'agree'], { school: 'Cedar Primary', minute: 3 }),
      ],
      silver,
    ).spread;

  it('lists every statement not every school meets, met least first, with the schools not meeting it', () => {
    const plan = toAddress(schools());
    const listed = plan.map((item) => item.criterion.entry.statement.id);
    // s2 and s3 are each met by 1 of 3 (reading order between them); s1 and s4 are met by every school that answered.
    expect(listed.slice(0, 2)).toEqual([s2, s3]);
    expect(listed).not.toContain(s1);
    expect(listed).not.toContain(s4);
    expect(plan[0]).toMatchObject({ notMeeting: [1, 2] });
    expect(plan[1]).toMatchObject({ notMeeting: [0, 1] });
    // Then the statements no school answered, in reading order, with nobody named.
    expect(listed.slice(2)).toEqual(ids(silver).slice(4));
    expect(plan[2]).toMatchObject({ notMeeting: [], criterion: { answered: 0 } });
  });

  it('puts a statement met by none before one met by some, and lists nothing when every school meets every statement', () => {
    const spread = combine(
      [
        file('ash.json', silver, ['agree', 'disagree'], { school: 'Ash', minute: 1 }),
        file('beech.json', silver, ['unsure', 'disagree'], { school: 'Beech', minute: 2 }),
      ],
      silver,
    ).spread;
    expect(
      toAddress(spread)
        .slice(0, 2)
        .map((item) => item.criterion.entry.statement.id),
    ).toEqual([s2, s1]);
    const all = ids(silver).map(() => 'agree');
    const agreeing = combine([file('ash.json', silver, all, { school: 'Ash' }), file('beech.json', silver, all, { school: 'Beech' })], silver).spread;
    expect(toAddress(agreeing)).toEqual([]);
  });

  it('is a list of criteria only for the level the schools of a cluster answer', () => {
    expect(silver.team).toEqual({ answeredBy: 'schools', planHeading: 'The statements the cluster action plan should address' });
    expect(bronze.team.answeredBy).toBe('people');
  });
});

describe('moderating again', () => {
  const t = translator<keyof typeof en>(en);
  const counts = (c: Parameters<SpreadNote['write']>[0]) => c.counts.join('/');
  // The page's own note, from the text map.
  const note: SpreadNote = {
    write: (c, _level, files) => t('team.note', { answered: c.answered, files, counts: counts(c) }),
    matches: noteMatcher((value) => t('team.note', { answered: value, files: value, counts: value })),
  };
  const [first, second] = ids(bronze);

  it('recognises the note in any figures, and nothing else', () => {
    expect(note.matches('Combined from 3 of 4 files: In place 2, Not yet 1.')).toBe(true);
    expect(note.matches('  Combined from 12 of 12 files: Developing 12.  ')).toBe(true);
    expect(note.matches('Minutes of June')).toBe(false);
    expect(note.matches('Combined from 3 of 4 files: In place 2 (see the minutes)')).toBe(false);
    expect(note.matches('We combined from two files: see above.')).toBe(false);
  });

  it('replaces the spread note of the earlier moderation, keeping what was written around it', () => {
    const two = combine([file('a.json', bronze, ['in-place', 'not-yet'], { minute: 1 }), file('b.json', bronze, ['not-yet'], { minute: 2 })]).spread;
    const three = combine([
      file('a.json', bronze, ['in-place', 'not-yet'], { minute: 1 }),
      file('b.json', bronze, ['not-yet'], { minute: 2 }),
      file('c.json', bronze, ['in-place'], { minute: 3 }),
    ]).spread;
    const start: MarkAnswers = {
      version: 1,
      levels: { bronze: { criteria: { [first!]: { response: [], texts: { evidence: 'Minutes of June' } } }, requirements: {} } },
    };
    const once = moderatedAnswers(start, two, agreedAnswers(two), note);
    expect(once.levels.bronze!.criteria[first!]!.texts.evidence).toBe('Minutes of June\nCombined from 2 of 2 files: 1/0/1.');
    // The leader adds a line under the note, then moderates again with a third file.
    once.levels.bronze!.criteria[first!]!.texts.evidence = `${once.levels.bronze!.criteria[first!]!.texts.evidence!}\nVisit on 3 March`;
    const twice = moderatedAnswers(once, three, agreedAnswers(three), note);
    expect(twice.levels.bronze!.criteria[first!]!.texts.evidence).toBe('Minutes of June\nVisit on 3 March\nCombined from 3 of 3 files: 2/0/1.');
    expect(twice.levels.bronze!.criteria[second!]!.texts.evidence).toBe('Combined from 1 of 3 files: 0/0/1.');
    // The same files twice give the same answers, not a second note.
    expect(moderatedAnswers(twice, three, agreedAnswers(three), note)).toEqual(twice);
  });

  it('removes an earlier note where no file combined now answers the criterion', () => {
    const two = combine([file('a.json', bronze, ['in-place', 'not-yet'], { minute: 1 })]).spread;
    const one = combine([file('b.json', bronze, ['in-place'], { minute: 2 })]).spread;
    const once = moderatedAnswers({ version: 1, levels: {} }, two, agreedAnswers(two), note);
    expect(once.levels.bronze!.criteria[second!]!.texts).toEqual({ evidence: 'Combined from 1 of 1 files: 0/0/1.' });
    const twice = moderatedAnswers(once, one, agreedAnswers(one), note);
    expect(twice.levels.bronze!.criteria[second!]).toEqual({ response: [], texts: {} });
  });
});

describe('combining keeps everyone’s words', () => {
  const t = translator<keyof typeof en>(en);
  const note: SpreadNote = {
    write: (c, _level, files) => t('team.note', { answered: c.answered, files, counts: c.counts.join('/') }),
    matches: noteMatcher((value) => t('team.note', { answered: value, files: value, counts: value })),
  };
  const attribute: Attribute = (authors, text) => t('team.attributed', { authors: authors.join(', '), text });
  const bronzeIds = ids(bronze);
  const people = [
    { name: 'Ann Patel', role: 'Deputy head' },
    { name: 'Ben Okafor', role: 'SENCO' },
    { name: 'Cara Lee', role: 'English lead' },
  ];
  // Each meets Bronze on its own: every criterion answered, most in place with evidence, the rest with an action and a date.
  const notYet = [
    [1, 2],
    [1, 3],
    [2, 4],
  ];
  function colleague(i: number): TeamInput {
    const person = people[i]!;
    const criteria = Object.fromEntries(
      bronzeIds.map((id, n) => {
        const unmet = notYet[i]!.includes(n);
        // The first criterion's evidence is the same words from all three: given once, with three names.
        const evidence = n === 0 ? 'Minutes of the June leadership meeting' : `${person.name.split(' ')[0]}'s evidence for ${id}`;
        return [
          id,
          unmet ? { response: ['developing'], texts: { action: `${person.role} to lead ${id}` } } : { response: ['in-place'], texts: { evidence } },
        ];
      }),
    );
    const answers: MarkAnswers = {
      version: 1,
      levels: { bronze: { criteria, requirements: { 'actions-impact': `${person.name} recorded actions and impact in the SIP` } } },
    };
    const plan = {
      version: 1 as const,
      rows: Object.fromEntries(
        notYet[i]!.map((n, k) => [
          `bronze/${bronzeIds[n]!}`,
          { action: '', owner: k === 0 ? '' : 'the deputy head (DHT)', due: `2027-0${i + 1}-1${k}`, status: 'in-progress' as const, impact: '' },
        ]),
      ),
    };
    const saved = markFileOf(mark, { answers, plan }, 'Oak Hill Primary', new Date(Date.UTC(2026, 10, 26, 10, i)), person);
    return { name: `colleague-${i}.json`, text: markFileText(saved) };
  }
  const inputs = [0, 1, 2].map(colleague);
  const read = readTeamFiles(inputs, mark, shapes);
  const spread = combineLevel(
    bronze,
    read.files.map((f) => f.answers.levels.bronze),
  );
  const sources: TeamSource[] = teamSources(read.files, 'bronze', false);
  const agreed = agreedAnswers(spread);
  const result = moderatedAnswers({ version: 1, levels: {} }, spread, agreed, note, sources, attribute);
  const level = result.levels.bronze!;

  it('names each file by the person who saved it, and an older file by its file name', () => {
    expect(read.files.map((f) => teamFileName(f))).toEqual(['Ann Patel (Deputy head)', 'Ben Okafor (SENCO)', 'Cara Lee (English lead)']);
    expect(teamFileName(read.files[0]!, true)).toBe('Oak Hill Primary: Ann Patel (Deputy head)');
    expect(teamFileName({ name: 'old.json', school: '', person: { name: '', role: '' } })).toBe('old.json');
    expect(teamFileName({ name: 'old.json', school: 'Ash Primary', person: { name: '', role: '' } }, true)).toBe('Ash Primary');
  });

  it('keeps each of the colleagues’ files though they are one school: they are different people', () => {
    expect(read.problems).toEqual([]);
    expect(read.files).toHaveLength(3);
  });

  it('carries every evidence note and action, attributed, identical texts once, with the spread beside them', () => {
    const written = read.files.flatMap((f) =>
      Object.entries(f.answers.levels.bronze!.criteria).flatMap(([id, answer]) =>
        Object.values(answer.texts).map((text) => ({ id, text, author: teamFileName(f) })),
      ),
    );
    const kept = written.filter(({ id, text, author }) =>
      Object.values(level.criteria[id]!.texts).some((box) => box.includes(text) && box.includes(author)),
    );
    expect(kept).toHaveLength(written.length);
    expect(level.criteria[bronzeIds[0]!]!.texts.evidence).toBe(
      'Ann Patel (Deputy head), Ben Okafor (SENCO), Cara Lee (English lead): Minutes of the June leadership meeting\nCombined from 3 of 3 files: 3/0/0.',
    );
    expect(level.criteria[bronzeIds[1]!]!.texts.action).toBe(
      `Ann Patel (Deputy head): Deputy head to lead ${bronzeIds[1]!}\nBen Okafor (SENCO): SENCO to lead ${bronzeIds[1]!}`,
    );
    expect(level.requirements['actions-impact']).toBe(
      people.map((p) => `${p.name} (${p.role}): ${p.name} recorded actions and impact in the SIP`).join('\n'),
    );
  });

  it('meets Bronze where every file meets it and the agreed answers are their majority', () => {
    for (const f of read.files) expect(readiness(mark, f.answers).levels[0]!.ownMet).toBe(true);
    const verdict = readiness(mark, result).levels[0]!;
    expect(verdict.gaps).toEqual([]);
    expect(verdict.ownMet).toBe(true);
  });

  it('keeps the agreed note as the moderator edited it, adding only the words of a file combined after the edit', () => {
    const keyed = teamSources(read.files, 'bronze', false);
    const id = bronzeIds[0]!;
    const edit = {
      text: 'The June minutes, seen by all three of us\nCombined from 3 of 3 files: 3/0/0.',
      files: read.files.slice(0, 2).map((f) => f.key),
    };
    const edited = moderatedAnswers({ version: 1, levels: {} }, spread, agreed, note, keyed, attribute, { [id]: edit }).levels.bronze!;
    // Cara's file was not yet combined when the note was edited: her words join the moderator's, the spread line once, at the end.
    expect(edited.criteria[id]!.texts.evidence).toBe(
      'The June minutes, seen by all three of us\nCara Lee (English lead): Minutes of the June leadership meeting\nCombined from 3 of 3 files: 3/0/0.',
    );
    const all = { ...edit, files: read.files.map((f) => f.key) };
    const whole = moderatedAnswers({ version: 1, levels: {} }, spread, agreed, note, keyed, attribute, { [id]: all }).levels.bronze!;
    expect(whole.criteria[id]!.texts.evidence).toBe('The June minutes, seen by all three of us\nCombined from 3 of 3 files: 3/0/0.');
    // The moderator took the spread line out: it stays out.
    const without = { ...all, text: 'The June minutes, seen by all three of us' };
    const bare = moderatedAnswers({ version: 1, levels: {} }, spread, agreed, note, keyed, attribute, { [id]: without }).levels.bronze!;
    expect(bare.criteria[id]!.texts.evidence).toBe('The June minutes, seen by all three of us');
    // Other criteria and boxes are combined as before.
    expect(whole.criteria[bronzeIds[1]!]).toEqual(level.criteria[bronzeIds[1]!]);
  });

  it('adds nothing when moderated again with the same files', () => {
    expect(moderatedAnswers(result, spread, agreed, note, sources, attribute)).toEqual(result);
  });

  it('turns every action into a plan row, its author (by name) the suggested owner where they named none, with their dates and statuses', () => {
    const plan = moderatedPlan(undefined, bronze, sources, attribute);
    const rows = actionPlan(mark, { answers: result, details: plan, today: '2026-12-07' });
    // The criteria the majority does not meet: 1 (Ann and Ben), 2 (Ann and Cara); 3 and 4 are met by two of three,
    // and Ben's action for 3 and Cara's for 4 are on the plan all the same, marked met.
    expect(rows.map((r) => [r.id, r.met])).toEqual([
      [`bronze/${bronzeIds[1]!}`, undefined],
      [`bronze/${bronzeIds[2]!}`, undefined],
      [`bronze/${bronzeIds[3]!}`, true],
      [`bronze/${bronzeIds[4]!}`, true],
    ]);
    expect(rows[2]!.action).toBe(`Ben Okafor (SENCO): SENCO to lead ${bronzeIds[3]!}`);
    expect(rows[2]!.details).toMatchObject({ owner: 'the deputy head (DHT)', due: '2027-02-11' });
    expect(rows[0]!.details).toEqual({
      action: '',
      owner: 'Ann Patel; Ben Okafor',
      due: '2027-01-10',
      status: 'in-progress',
      impact: '',
    });
    expect(rows[1]!.details.owner).toBe('the deputy head (DHT); Cara Lee');
    expect(rows[1]!.details.due).toBe('2027-01-11');
    for (const row of rows) expect([row.action, row.details.owner, row.details.due].every((v) => v !== '')).toBe(true);
    // Every action written is on the plan: nothing typed twice, nothing lost.
    const actions = read.files.flatMap((f) =>
      Object.values(f.answers.levels.bronze!.criteria).flatMap((a) => (a.texts.action ? [a.texts.action] : [])),
    );
    expect(actions).toHaveLength(6);
    for (const action of actions) expect(rows.some((row) => row.action.includes(action))).toBe(true);
    expect(rows[0]!.action).toContain('Ann Patel (Deputy head): Deputy head to lead');
    // The moderator's own details stand.
    const mine = {
      version: 1 as const,
      rows: { [`bronze/${bronzeIds[1]!}`]: { action: '', owner: 'Head', due: '', status: 'done' as const, impact: '' } },
    };
    expect(moderatedPlan(mine, bronze, sources, attribute).rows[`bronze/${bronzeIds[1]!}`]).toEqual(mine.rows[`bronze/${bronzeIds[1]!}`]);
  });
});

describe('a cluster’s words: every writer named before the words, with their school', () => {
  const t = translator<keyof typeof en>(en);
  const note: SpreadNote = {
    write: (c, _level, files) => t('team.note', { answered: c.answered, files, counts: c.counts.join('/') }),
    matches: noteMatcher((value) => t('team.note', { answered: value, files: value, counts: value })),
  };
  const attribute: Attribute = (authors, text) => t('team.attributed', { authors: authors.join(', '), text });
  const silverIds = ids(silver);
  const schools = [
    { school: 'Ash Primary', name: 'Ann Patel', role: 'Deputy head', unmet: [1, 2, 3] },
    { school: 'Beech Primary', name: 'Ben Okafor', role: 'SENCO', unmet: [1, 2, 4] },
    { school: 'Cedar Primary', name: 'Cara Lee', role: 'English lead', unmet: [1, 3, 4] },
  ];
  const inputs = schools.map(({ school, name, role, unmet }, i): TeamInput => {
    const criteria = Object.fromEntries(
      silverIds.map((id, n) => [
        id,
        unmet.includes(n)
          ? { response: ['unsure'], texts: { action: `${role} to lead work on criterion ${n}: termly review` } }
          : {
              response: ['agree'],
              texts: { evidence: n === 0 ? 'Minutes of the June leadership meeting' : `${name}’s evidence ${n}: seen in the SEF` },
            },
      ]),
    );
    const answers: MarkAnswers = { version: 1, levels: { silver: { criteria, requirements: {} } } };
    return {
      name: `school-${i}.json`,
      text: markFileText(markFileOf(mark, { answers }, school, new Date(Date.UTC(2026, 10, 26, 10, i)), { name, role })),
    };
  });
  const read = readTeamFiles(inputs, mark, shapes);
  const spread = combineLevel(
    silver,
    read.files.map((f) => f.answers.levels.silver),
  );
  const sources = teamSources(read.files, 'silver', true);
  const level = moderatedAnswers({ version: 1, levels: {} }, spread, agreedAnswers(spread), note, sources, attribute).levels.silver!;

  it('credits every note and action to each of its writers, the words written the same by three schools among them', () => {
    const written = read.files.flatMap((f) =>
      Object.entries(f.answers.levels.silver!.criteria).flatMap(([id, answer]) =>
        Object.entries(answer.texts).map(([field, text]) => ({ id, field, text, author: noteAuthor(f, true) })),
      ),
    );
    expect(written).toHaveLength(3 * silverIds.length);
    const kept = written.filter(({ id, field, text, author }) => credits(level.criteria[id]?.texts[field] ?? '', author, text));
    expect(kept).toEqual(written);
    expect(level.criteria[silverIds[0]!]!.texts.evidence!.split('\n')[0]).toBe(
      'Ann Patel (Deputy head, Ash Primary), Ben Okafor (SENCO, Beech Primary), Cara Lee (English lead, Cedar Primary): Minutes of the June leadership meeting',
    );
  });

  it('names a writer by person and school, by school alone or by file name where the file says less', () => {
    const person = (name: string, role: string) => ({ name, role });
    expect(noteAuthor({ name: 'a.json', school: 'Ash Primary', person: person('Ann Patel', 'Deputy head') }, true)).toBe(
      'Ann Patel (Deputy head, Ash Primary)',
    );
    expect(noteAuthor({ name: 'a.json', school: 'Ash Primary', person: person('Ann Patel', 'Deputy head') })).toBe('Ann Patel (Deputy head)');
    expect(noteAuthor({ name: 'a.json', school: 'Ash Primary', person: person('', 'SENCO') }, true)).toBe('SENCO (Ash Primary)');
    expect(noteAuthor({ name: 'a.json', school: 'Ash Primary', person: person('', '') }, true)).toBe('Ash Primary');
    expect(noteAuthor({ name: 'a.json', school: '', person: person('', '') }, true)).toBe('a.json');
  });
});
