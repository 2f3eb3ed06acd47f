import { describe, expect, it } from 'vitest';
import { parseCsv } from '~/frameworks/csv';
import { priorities } from '~/frameworks/ratings/priorities';
import { prioritiesCsv } from '~/frameworks/ratings/prioritiesCsv';
import { auditRatingValues, setAuditEvidence, setAuditRating } from '~/frameworks/saved/editRatings';
import { addResponses } from '~/frameworks/saved/editResponses';
import { readResponseFile, writeResponseFile } from '~/frameworks/ratings/responseFile';
import { getMark } from '~/frameworks/registry';
import { decode, empty, problemMessage } from '../fixtures/saved';

const mark = getMark('whmat-wellbeing');
const ratings = mark.ratings!;
const ids = ratings.items.map((i) => i.id);

/** An audit with these ratings, by item index. */
function audit(values: Record<number, number>) {
  return Object.entries(values).reduce((answers, [index, value]) => setAuditRating(answers, ids[Number(index)]!, value), empty('audit'));
}

/** The audit's ratings, as priorities() takes them. */
const rated = (values: Record<number, number>) => auditRatingValues(audit(values));

describe('priorities from the audit and staff responses', () => {
  it('ranks approaches weakest first, leaders and staff counting equally', () => {
    const result = priorities(ratings, rated({ 0: 4, 1: 1, 2: 3 }), [
      { id: 'a', ratings: { [ids[0]!]: 2, [ids[1]!]: 2, [ids[2]!]: 3 } },
      { id: 'b', ratings: { [ids[0]!]: 2, [ids[1]!]: 4 } },
    ]);
    expect(result.slice(0, 3).map((p) => [p.item.id, p.combined, p.rank])).toEqual([
      [ids[1], 2, 1], // (1 + 3) / 2
      [ids[0], 3, 2], // (4 + 2) / 2
      [ids[2], 3, 2], // (3 + 3) / 2: tied with the one above, so it shares rank 2
    ]);
  });

  it('gives tied approaches the same rank and keeps the framework’s order among them', () => {
    const result = priorities(ratings, rated({ 3: 2, 1: 2, 5: 1 }), []);
    expect(result.slice(0, 3).map((p) => [p.item.id, p.rank])).toEqual([
      [ids[5], 1],
      [ids[1], 2],
      [ids[3], 2],
    ]);
  });

  it('lists approaches nobody rated last, without a rank', () => {
    const result = priorities(ratings, rated({ 0: 3 }), []);
    expect(result[0]!.rank).toBe(1);
    expect(result.slice(1).every((p) => p.rank === undefined)).toBe(true);
    expect(result).toHaveLength(ids.length);
  });

  it('flags where leaders and staff are a point or more apart, and which way', () => {
    const result = priorities(ratings, rated({ 0: 4, 1: 2 }), [
      { id: 'a', ratings: { [ids[0]!]: 3, [ids[1]!]: 2 } },
      { id: 'b', ratings: { [ids[0]!]: 2, [ids[1]!]: 3 } },
    ]);
    const byId = Object.fromEntries(result.map((p) => [p.item.id, p]));
    expect(byId[ids[0]!]).toMatchObject({ gap: 1.5, disagree: true });
    expect(byId[ids[1]!]).toMatchObject({ gap: -0.5, disagree: false });
  });
});

describe('the priorities CSV', () => {
  it('lists every approach weakest first, with the audit’s evidence and where views differ', () => {
    const answers = setAuditEvidence(audit({ 0: 4, 4: 1 }), ids[4]!, 'Staff survey, "high" stress');
    const ranked = priorities(ratings, auditRatingValues(answers), [{ id: 'a', ratings: { [ids[0]!]: 2 } }]);
    const rows = parseCsv(prioritiesCsv(ranked, answers, ratings));
    expect(rows[0]).toEqual([
      'Rank',
      'Approach',
      'Statement',
      'Leaders’ audit',
      'Staff mean',
      'Staff responses',
      'Combined',
      'Where views differ',
      'Audit evidence',
    ]);
    expect(rows[1]).toEqual(['1', 'Staff wellbeing and stress', ratings.items[4]!.prompt, '1', '', '0', '1.0', '', 'Staff survey, "high" stress']);
    expect(rows[2]).toEqual(['2', ratings.items[0]!.name, ratings.items[0]!.prompt, '4', '2.0', '1', '3.0', 'Leaders rate it higher than staff', '']);
    expect(rows).toHaveLength(1 + ids.length);
  });

  it('reads only rated items from the audit', () => {
    expect(auditRatingValues(setAuditEvidence(audit({ 2: 3 }), ids[1]!, 'Seen'))).toEqual({ [ids[2]!]: 3 });
  });
});

describe('questionnaire response files', () => {
  const good = writeResponseFile(mark.id, 'abcdef123456', { [ids[0]!]: 3, [ids[1]!]: 1 });

  it('reads back a file the questionnaire wrote', () => {
    expect(readResponseFile(good, 'r.json', mark.id, ratings)).toEqual({
      ok: true,
      response: { id: 'abcdef123456', ratings: { [ids[0]!]: 3, [ids[1]!]: 1 } },
    });
  });

  it.each([
    ['not JSON', 'hello', 'staff.json is not a questionnaire response file (it is not JSON). Ask for the .json file the questionnaire saved.'],
    [
      'some other JSON',
      '{"name":"x"}',
      'staff.json is not a questionnaire response file from this site. Ask for the .json file the questionnaire saved.',
    ],
    [
      'a damaged response',
      good.replace('"version": 1', '"version": "one"'),
      'staff.json is a questionnaire response but it is damaged (version is wrong). Ask for it to be saved again.',
    ],
    [
      'another mark’s',
      good.replace(`"mark": "${mark.id}"`, '"mark": "wiltshire-lsqm"'),
      'staff.json answers the questionnaire of another mark (“wiltshire-lsqm”), not this one.',
    ],
    ['a rating off the scale', good.replace('": 3', '": 7'), `staff.json has ratings off the scale (${ids[0]}: 7).`],
    [
      'an unknown statement',
      good.replace(ids[1]!, 'old-item'),
      'staff.json rates statements this questionnaire does not have (old-item); it may come from an older version.',
    ],
  ])('rejects %s with a message naming the file and the problem', (_name, text, problem) => {
    expect(readResponseFile(text, 'staff.json', mark.id, ratings)).toEqual({ ok: false, problem });
  });

  it('counts the same file once however often it is dropped', () => {
    const first = addResponses(empty('responses'), [
      { id: 'x1', ratings: {} },
      { id: 'x2', ratings: {} },
    ]);
    const again = addResponses(first.data, [
      { id: 'x2', ratings: {} },
      { id: 'x3', ratings: {} },
    ]);
    expect(again.added).toBe(1);
    expect(again.data.responses.map((r) => r.id)).toEqual(['x1', 'x2', 'x3']);
  });

  it('keeps readable saved responses when one is damaged', () => {
    const saved = JSON.stringify({
      version: 1,
      responses: [
        { id: 'x1', ratings: { a: 2 } },
        { id: 'x2', ratings: { a: 'two' } },
      ],
    });
    expect(decode('responses', saved).value).toEqual({ version: 1, responses: [{ id: 'x1', ratings: { a: 2 } }] });
    expect(problemMessage('responses', saved)).toBe('1 saved response was damaged and could not be read; the rest are kept.');
  });
});
