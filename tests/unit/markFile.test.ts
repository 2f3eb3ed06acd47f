import { describe, expect, it } from 'vitest';
import { describeChanges, unknownEntries } from '~/frameworks/markFile/changes';
import { countEntries, countRequirementNotes } from '~/frameworks/markFile/entries';
import { MarkFileEnvelope, markKindShapes, type MarkData } from '~/frameworks/markFile/format';
import { kindsOf, MARK_FILE_MAX_BYTES } from '~/frameworks/markFile/kinds';
import { markCsv, type MarkCsvWords } from '~/frameworks/markFile/markCsv';
import { readMarkFile as readWithShapes, type Refusal } from '~/frameworks/markFile/readMarkFile';
import { jsonShapeOf } from '~/frameworks/saved/shapes';
import { readShareFragment, shareFragment } from '~/frameworks/markFile/shareLink';
import { markFileName, markFileOf, markFileText } from '~/frameworks/markFile/writeMarkFile';
import { levelCriteria } from '~/frameworks/criteria';
import { parseCsv } from '~/frameworks/csv';
import { parseMark } from '~/frameworks/parseMark';
import type { Mark } from '~/frameworks/schema';
import { en } from '~/text/en';
import { translator } from '~/text/translate';
import { refusalText } from '~/widgets/markFile/refusalText';
import { markDefinition, type MarkId } from '../fixtures/adapters';
import wiltshireJson from '~/frameworks/marks/wiltshire-lsqm/definition.json' with { type: 'json' };

// The shapes as the build serves them to the browser (src/integrations/savedShapes.ts).
const shapes = {
  envelope: jsonShapeOf(MarkFileEnvelope),
  kinds: Object.fromEntries(Object.entries(markKindShapes).map(([kind, shape]) => [kind, jsonShapeOf(shape)])) as Record<
    keyof typeof markKindShapes,
    ReturnType<typeof jsonShapeOf>
  >,
};
const readMarkFile = (text: string, mark: Mark) => readWithShapes(text, mark, shapes);

const MARKS: MarkId[] = ['wiltshire-lsqm', 'english-maths-qm', 'whmat-wellbeing', 'wellbeing-qm'];
const NOW = new Date('2026-11-26T10:30:00.000Z');

/** Something in every kind a mark keeps: answers with notes on each level, requirements, ratings, responses, surveys. */
function sampleData(mark: Mark): MarkData {
  const data: MarkData = {};
  for (const kind of kindsOf(mark)) {
    if (kind === 'answers')
      data.answers = {
        version: 1,
        levels: Object.fromEntries(
          mark.levels.map((level) => [
            level.id,
            {
              criteria: Object.fromEntries(
                levelCriteria(level)
                  .slice(0, 3)
                  .map(({ statement }, i) => [
                    statement.id,
                    {
                      response: [level.responses.options[i % 2]!.id],
                      texts: Object.fromEntries(level.fields.map((f) => [f.id, `${f.label}, “${i}”`])),
                    },
                  ]),
              ),
              requirements: Object.fromEntries(level.requirements.map((r) => [r.id, 'Recorded in the SEF'])),
            },
          ]),
        ),
      };
    const scale = mark.ratings?.scale.map((p) => p.value) ?? [];
    const items = mark.ratings?.items ?? [];
    if (kind === 'audit')
      data.audit = {
        version: 2,
        items: Object.fromEntries(items.map((item, i) => [item.id, { rating: scale[i % scale.length]!, evidence: `=SUM(A${i})` }])),
      };
    if (kind === 'questionnaire') data.questionnaire = { version: 2, ratings: Object.fromEntries(items.map((item) => [item.id, scale[0]!])) };
    if (kind === 'responses')
      data.responses = {
        version: 1,
        responses: [{ id: 'response-one', ratings: Object.fromEntries(items.map((item) => [item.id, scale.at(-1)!])) }],
      };
    if (kind === 'plan')
      data.plan = {
        version: 1,
        rows: { 'some/row': { action: '=HYPERLINK("x")', owner: 'Ms Khan', due: '2026-12-01', status: 'in-progress', impact: '' } },
      };
    if (kind === 'snapshots')
      data.snapshots = {
        version: 1,
        snapshots: [
          {
            id: 'snap-one',
            takenAt: '2026-11-01T09:00:00.000Z',
            revision: 1,
            levels: {},
            actioned: [],
            audit: {},
            statuses: { 'some/row': 'not-started' },
          },
        ],
      };
    if (kind === 'team')
      data.team = {
        version: 1,
        files: [
          {
            name: 'ann.json',
            school: 'Oak Hill Primary',
            person: { name: 'Ann Patel', role: 'Deputy head' },
            savedAt: '2026-11-01T09:00:00.000Z',
            revision: 1,
            answers: { version: 1, levels: {} },
            key: '["Oak Hill Primary","Ann Patel (Deputy head)",[]]',
          },
        ],
        choices: { [mark.levels[0]!.id]: { 'some-criterion': [] } },
        notes: { [mark.levels[0]!.id]: { 'some-criterion': { text: 'Ann Patel (Deputy head): our minutes, checked', files: ['ann'] } } },
        level: mark.levels[0]!.id,
        sideBySide: 'on',
      };
    if (kind === 'surveys')
      data.surveys = {
        version: 1,
        groups: Object.fromEntries(
          mark.surveys!.groups.map((g) => [
            g.id,
            { invited: 40, responses: 30, questions: [{ text: 'I feel safe', agree: 27, answered: 30 }], source: { kind: 'manual' as const } },
          ]),
        ),
      };
  }
  return data;
}

const t = translator(en);
const message = (refusal: Refusal) => refusalText(t, refusal, markDefinition('wiltshire-lsqm').name);
const refusalOf = (text: string, mark = markDefinition('wiltshire-lsqm')) => {
  const read = readMarkFile(text, mark);
  if (read.ok) throw new Error('expected a refusal');
  return read.refusal;
};
const fileText = (mark: Mark, data: MarkData) => markFileText(markFileOf(mark, data, 'Oak Hill Primary', NOW));

describe('a self-assessment file', () => {
  for (const id of MARKS) {
    it(`${id}: every tool's data survives a save and an open`, () => {
      const mark = markDefinition(id);
      const data = sampleData(mark);
      expect(Object.keys(data).sort()).toEqual([...kindsOf(mark)].sort());
      const read = readMarkFile(fileText(mark, data), mark);
      expect(read).toEqual({
        ok: true,
        file: {
          format: 'qmh-self-assessment',
          version: 1,
          mark: { id, name: mark.name, revision: 1 },
          savedAt: NOW.toISOString(),
          school: 'Oak Hill Primary',
          person: { name: '', role: '' },
          data,
        },
      });
      expect(describeChanges(data, data).every((c) => c.differ === 0 && c.onlyHere === 0 && c.added === 0 && c.inFile > 0)).toBe(true);
    });

    it(`${id}: a shared link carries the same file`, async () => {
      const mark = markDefinition(id);
      const text = fileText(mark, sampleData(mark));
      const fragment = await shareFragment(text);
      expect(fragment).toMatch(/^qmh1\.[A-Za-z0-9_-]+$/);
      expect(fragment.length).toBeLessThan(text.length);
      expect(await readShareFragment(`#${fragment}`)).toBe(text);
    });
  }

  it('is named after the school, the person, the mark, the day and the time', () => {
    expect(markFileName('some-mark', NOW, 'json', { school: 'St Mary’s C of E Primary', person: 'Ann Patel' })).toBe(
      'st-marys-c-of-e-primary-ann-patel-some-mark-2026-11-26-1030.json',
    );
    expect(markFileName('some-mark', NOW)).toBe('some-mark-2026-11-26-1030.json');
    expect(markFileName('some-mark', NOW, 'csv', { person: 'Zoë Brontë' })).toBe('zoe-bronte-some-mark-2026-11-26-1030.csv');
  });

  it('carries who saved it, and an older file without a name reads as nobody', () => {
    const mark = markDefinition('wiltshire-lsqm');
    const text = markFileText(markFileOf(mark, {}, 'Oak Hill Primary', NOW, { name: ' Ann Patel ', role: 'Deputy head' }));
    const read = readMarkFile(text, mark);
    expect(read.ok && read.file.person).toEqual({ name: 'Ann Patel', role: 'Deputy head' });
    const older = JSON.parse(text) as Record<string, unknown>;
    delete older.person;
    const readOlder = readMarkFile(JSON.stringify(older), mark);
    expect(readOlder.ok && readOlder.file.person).toEqual({ name: '', role: '' });
  });

  it('a link cut short or not ours reads as nothing', async () => {
    const fragment = await shareFragment('{"a":1}');
    expect(await readShareFragment(fragment.slice(0, -3))).toBeUndefined();
    expect(await readShareFragment('#section-2')).toBeUndefined();
  });
});

describe('a file from an older revision of the definition', () => {
  // Revision 2 rewords Bronze's first criterion, adds one, and drops its second: ids stay stable.
  const v1 = markDefinition('wiltshire-lsqm');
  const bronze = v1.levels[0]!;
  const [first, second] = levelCriteria(bronze).map((c) => c.statement.id);
  const revised = structuredClone(wiltshireJson) as typeof wiltshireJson & { revision: number };
  revised.revision = 2;
  const grid = JSON.stringify(revised.levels[0]!.criteria);
  const v2 = parseMark(
    {
      ...revised,
      levels: [
        {
          ...revised.levels[0]!,
          criteria: JSON.parse(
            grid.replace(/"text":"[^"]*"/, '"text":"Reworded in revision 2"').replace(`{"id":"${second}",`, `{"id":"bronze-added-in-2",`),
          ) as unknown,
        },
        ...revised.levels.slice(1),
      ],
    },
    'revised/definition.json',
  );

  it('opens: answers to reworded criteria stand, and one to a criterion now gone is kept and listed', () => {
    expect(levelCriteria(v2.levels[0]!).map((c) => c.statement.id)).toContain(first);
    const data: MarkData = {
      answers: {
        version: 1,
        levels: {
          bronze: {
            criteria: { [first!]: { response: ['in-place'], texts: {} }, [second!]: { response: ['not-yet'], texts: { action: 'Plan' } } },
            requirements: {},
          },
        },
      },
    };
    const read = readMarkFile(fileText(v1, data), v2);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.mark.revision).toBe(1);
    expect(read.file.data).toEqual(data);
    expect(unknownEntries(v2, read.file.data)).toEqual([{ kind: 'answers', level: 'bronze', id: second }]);
  });

  it('a spreadsheet lists the answer to the criterion now gone, marked as such', () => {
    const data: MarkData = {
      answers: { version: 1, levels: { bronze: { criteria: { [second!]: { response: ['not-yet'], texts: {} } }, requirements: {} } } },
    };
    const rows = parseCsv(markCsv(v2, data, words));
    expect(rows).toContainEqual(expect.arrayContaining(['Bronze', second, '(not in this revision of the mark)', 'Not yet']));
  });

  it('ratings saved in the audit’s first layout are upgraded on opening', () => {
    const whmat = markDefinition('whmat-wellbeing');
    const item = whmat.ratings!.items[0]!.id;
    const file = JSON.parse(fileText(whmat, {})) as { data: Record<string, unknown> };
    file.data.audit = { version: 1, levels: { ratings: { criteria: { [item]: { response: ['3'], texts: { evidence: 'Seen' } } } } } };
    const read = readMarkFile(JSON.stringify(file), whmat);
    expect(read.ok && read.file.data.audit).toEqual({ version: 2, items: { [item]: { rating: 3, evidence: 'Seen' } } });
  });
});

describe('a file that cannot be opened is refused, saying which and why', () => {
  const wiltshire = markDefinition('wiltshire-lsqm');
  const good = fileText(wiltshire, sampleData(wiltshire));
  const withChange = (change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(good) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };

  it('too large', () => {
    const refusal = refusalOf(' '.repeat(MARK_FILE_MAX_BYTES + 1));
    expect(refusal).toEqual({ kind: 'tooLarge', bytes: MARK_FILE_MAX_BYTES + 1 });
    expect(message(refusal)).toBe('It is 5.0 MB, far larger than a self-assessment file (at most 5 MB). Choose the .json file this site saved.');
  });

  it('not JSON, or cut short', () => {
    expect(refusalOf(good.slice(0, good.length / 2))).toEqual({ kind: 'notJson' });
    expect(message({ kind: 'notJson' })).toBe(
      'It is not a complete self-assessment file: it may have been cut short, or it is another kind of file. Choose the .json file this site saved, or save it again.',
    );
  });

  it('JSON of another kind, such as a questionnaire response', () => {
    expect(refusalOf('{"format":"qmh-questionnaire-response","version":1}')).toEqual({ kind: 'notRecognised' });
    expect(message({ kind: 'notRecognised' })).toBe(
      'It is not a self-assessment file from this site. Choose the .json file that “Save to a file” made.',
    );
  });

  it('for another mark', () => {
    const whmat = markDefinition('whmat-wellbeing');
    const refusal = refusalOf(fileText(whmat, sampleData(whmat)));
    expect(refusal).toEqual({ kind: 'otherMark', markName: whmat.name });
    expect(message(refusal)).toBe(
      'It holds answers for the WHMAT Emotional Wellbeing School Improvement Model, not the Wiltshire Leadership Succession Quality Mark. Open it on that mark’s pages.',
    );
  });

  it('from a newer format, or with a kind saved by a newer release', () => {
    expect(refusalOf(withChange((f) => (f.version = 2)))).toEqual({ kind: 'newer' });
    expect(refusalOf(withChange((f) => ((f.data as { answers: { version: number } }).answers.version = 9)))).toEqual({ kind: 'newer' });
    expect(message({ kind: 'newer' })).toBe(
      'It was saved by a newer version of this site, which this copy cannot read without losing something. Open it where it was saved, or ask whoever runs this site to update it.',
    );
  });

  it('damaged: an answer in the wrong shape, or a rating off the scale', () => {
    const damaged = withChange((f) => {
      const answers = (f.data as { answers: { levels: Record<string, { criteria: Record<string, unknown> }> } }).answers;
      answers.levels.bronze!.criteria.x = { response: 'in-place' };
    });
    expect(refusalOf(damaged)).toEqual({ kind: 'damaged', where: 'data.answers' });
    expect(message({ kind: 'damaged', where: 'data.answers' })).toBe(
      'Part of it is damaged (data.answers), so it cannot be read safely. Open the copy you sent or received, or save it again.',
    );
    expect(refusalOf(withChange((f) => (f.savedAt = 'yesterday')))).toEqual({ kind: 'damaged', where: 'savedAt' });
    expect(refusalOf(withChange((f) => ((f.data as Record<string, unknown>).notes = { version: 1 })))).toEqual({
      kind: 'damaged',
      where: 'data.notes',
    });
    expect(refusalOf(withChange((f) => delete (f as { mark?: unknown }).mark))).toEqual({ kind: 'damaged', where: 'mark' });
    const whmat = markDefinition('whmat-wellbeing');
    const offScale = sampleData(whmat);
    offScale.questionnaire!.ratings[whmat.ratings!.items[0]!.id] = 99;
    expect(refusalOf(fileText(whmat, offScale), whmat)).toEqual({ kind: 'damaged', where: 'data.questionnaire' });
  });
});

describe('what opening a file would change', () => {
  it('counts answers that differ and answers only on this device', () => {
    const onDevice: MarkData = {
      answers: {
        version: 1,
        levels: { bronze: { criteria: { a: { response: ['in-place'], texts: {} }, b: { response: ['not-yet'], texts: {} } }, requirements: {} } },
      },
    };
    const inFile: MarkData = {
      answers: {
        version: 1,
        levels: { bronze: { criteria: { a: { response: ['not-yet'], texts: {} }, c: { response: ['in-place'], texts: {} } }, requirements: {} } },
      },
    };
    expect(describeChanges(onDevice, inFile)).toEqual([
      { kind: 'answers', line: 'answers', inFile: 2, added: 1, differ: 1, same: 0, onlyHere: 1, changedIds: ['bronze/a'], removedIds: ['bronze/b'] },
    ]);
  });

  const answers = (criteria: Record<string, string>, texts: Record<string, string> = {}): MarkData => ({
    answers: {
      version: 1,
      levels: {
        bronze: {
          criteria: Object.fromEntries(
            Object.entries(criteria).map(([id, option]) => [id, { response: [option], texts: texts[id] ? { evidence: texts[id] } : {} }]),
          ),
          requirements: {},
        },
      },
    },
  });
  const many = (count: number, option = 'in-place') => Object.fromEntries(Array.from({ length: count }, (_, i) => [`c${i}`, option]));

  it('on an empty device: every answer is added, none replaced, none removed', () => {
    const [change] = describeChanges({}, answers(many(48)));
    expect(change).toMatchObject({ inFile: 48, added: 48, differ: 0, same: 0, onlyHere: 0 });
    // A device that never saved answers holds an empty answer set: the same counts.
    expect(describeChanges({ answers: { version: 1, levels: {} } }, answers(many(48)))[0]).toMatchObject({ added: 48, differ: 0, onlyHere: 0 });
  });

  it('counts a level’s requirement notes on a line of their own, not among the criteria answered', () => {
    const withNote = answers(many(48));
    withNote.answers!.levels.bronze!.requirements = { impact: 'Staff survey shows leadership shared more widely' };
    expect(describeChanges({}, withNote).map(({ line, added, differ }) => ({ line, added, differ }))).toEqual([
      { line: 'answers', added: 48, differ: 0 },
      { line: 'requirementNotes', added: 1, differ: 0 },
    ]);
    expect(countEntries('answers', withNote)).toBe(48);
    expect(countRequirementNotes(withNote)).toBe(1);
  });

  it('on a device with the same answers: nothing added, replaced or removed', () => {
    expect(describeChanges(answers(many(48)), answers(many(48)))[0]).toMatchObject({ added: 0, differ: 0, same: 48, onlyHere: 0 });
  });

  it('on a device with different answers: a changed option or note is replaced, an extra answer removed, a new one added', () => {
    const device = answers({ ...many(47), c0: 'not-yet', extra: 'in-place' }, { c1: 'Minutes' });
    const change = describeChanges(device, answers({ ...many(48) }))[0]!;
    // c0's option and c1's note differ; c2–c46 are the same; c47 is new; "extra" is only on the device.
    expect(change).toMatchObject({
      added: 1,
      differ: 2,
      same: 45,
      onlyHere: 1,
      changedIds: ['bronze/c0', 'bronze/c1'],
      removedIds: ['bronze/extra'],
    });
    expect(change.added + change.differ + change.same).toBe(change.inFile);
  });
});

const words: MarkCsvWords = {
  section: 'Tool or level',
  group: 'Group',
  ref: 'Reference',
  id: 'Id',
  statement: 'Statement',
  answer: 'Answer',
  evidence: 'Evidence',
  notInRevision: '(not in this revision of the mark)',
  responsesCollected: 'Staff responses collected',
  staffMean: (mean, count) => `mean ${mean} from ${count}`,
  agreeing: (agree, answered, share) => `${agree} of ${answered} (${share})`,
  responses: (count, invited) => `${count} of ${invited ?? '?'}`,
};

describe('the spreadsheet of every tool', () => {
  for (const id of MARKS)
    it(`${id}: a row for every criterion, requirement, rated item and survey question, escaped`, () => {
      const mark = markDefinition(id);
      const csv = markCsv(mark, sampleData(mark), words);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(csv);
      const criteria = mark.levels.reduce((n, l) => n + levelCriteria(l).length + l.requirements.length, 0);
      const items = mark.ratings ? mark.ratings.items.length * 3 : 0;
      const surveys = mark.surveys ? mark.surveys.groups.length * 2 : 0;
      expect(rows.length).toBe(1 + criteria + items + surveys);
      if (mark.ratings) expect(csv).toContain("'=SUM(A0)");
      // Each criterion's row carries its reference, as on screen and in print; other rows leave it empty.
      expect(rows[0]!.slice(0, 4)).toEqual(['Tool or level', 'Group', 'Reference', 'Id']);
      const refs = mark.levels.flatMap((l) => levelCriteria(l).map((c) => [l.name, c.ref, c.statement.id]));
      for (const [level, ref, statementId] of refs) expect(rows).toContainEqual(expect.arrayContaining([level, ref, statementId]));
      expect(csv).not.toMatch(/(^|,)=SUM/m);
    });
});
