import { describe, expect, it } from 'vitest';
import { decodeAnswers, emptyAnswers } from '~/frameworks/answers';
import { MarkAnswers } from '~/frameworks/answersSchema';
import { chooseOption, setCriterionText, setRequirementText } from '~/frameworks/editAnswers';
import { tinyMark } from '../fixtures/marks';

const good = {
  version: 1,
  levels: { one: { criteria: { 'one-1': { response: ['done'], texts: { evidence: 'Minutes' } } }, requirements: { r: 'Plan' } } },
};

// Saved data that the browser's decoder and the zod schema must judge alike.
const examples: [string, unknown][] = [
  ['whole answers', good],
  ['no levels yet', { version: 1 }],
  ['defaults left out', { version: 1, levels: { one: { criteria: { 'one-1': {} } } } }],
  ['an old version', { version: 2, levels: {} }],
  ['an unknown top-level field', { ...good, extra: true }],
  ['a response that is not a list', { version: 1, levels: { one: { criteria: { a: { response: 'done' } } } } }],
  ['a text that is a number', { version: 1, levels: { one: { criteria: { a: { texts: { evidence: 7 } } } } } }],
  ['texts that are a list', { version: 1, levels: { one: { criteria: { a: { texts: ['x'] } } } } }],
  ['an unknown criterion field', { version: 1, levels: { one: { criteria: { a: { response: [], colour: 'red' } } } } }],
  ['a requirement that is not text', { version: 1, levels: { one: { requirements: { r: ['x'] } } } }],
  ['a level that is a list', { version: 1, levels: { one: [] } }],
  ['criteria that are a list', { version: 1, levels: { one: { criteria: [] } } }],
  ['a list', [good]],
  ['null', null],
];

describe('decoding saved answers', () => {
  it.each(examples)('agrees with the zod schema on %s', (_name, value) => {
    const zod = MarkAnswers.safeParse(value);
    const decoded = decodeAnswers(JSON.stringify(value));
    expect(decoded.problem === undefined).toBe(zod.success);
    if (zod.success) expect(decoded.answers).toEqual(zod.data);
  });

  it('starts empty when nothing is saved', () => {
    expect(decodeAnswers(null)).toEqual({ answers: emptyAnswers() });
  });

  it('reports text that is not JSON and reads nothing from it', () => {
    expect(decodeAnswers('{"version":1,')).toEqual({
      answers: emptyAnswers(),
      problem: 'The saved answers are not valid JSON, so none could be read.',
    });
  });

  it('keeps the good answers when one is damaged, and says how many were lost', () => {
    const damaged = structuredClone(good) as any;
    damaged.levels.one.criteria['one-2'] = { response: 'done' };
    damaged.levels.one.requirements.q = 3;
    const { answers, problem } = decodeAnswers(JSON.stringify(damaged));
    expect(answers).toEqual(good);
    expect(problem).toBe('2 saved answers were damaged and could not be read; the rest are kept.');
  });
});

describe('editing answers', () => {
  const [one] = tinyMark().levels;

  it('ticks and unticks options in the definition’s order where several apply', () => {
    let answers = chooseOption(emptyAnswers(), one!, 'one-1', 'no');
    answers = chooseOption(answers, one!, 'one-1', 'done');
    expect(answers.levels.one!.criteria['one-1']!.response).toEqual(['done', 'no']);
    answers = chooseOption(answers, one!, 'one-1', 'done', false);
    expect(answers.levels.one!.criteria['one-1']!.response).toEqual(['no']);
  });

  it('replaces the choice where only one applies', () => {
    const single = { ...one!, responses: { ...one!.responses, mode: 'one' as const } };
    let answers = chooseOption(emptyAnswers(), single, 'one-1', 'no');
    answers = chooseOption(answers, single, 'one-1', 'done');
    expect(answers.levels.one!.criteria['one-1']!.response).toEqual(['done']);
  });

  it('leaves the answers it was given untouched', () => {
    const before = emptyAnswers();
    const after = setRequirementText(setCriterionText(before, 'one', 'one-1', 'evidence', 'Seen'), 'one', 'r', 'Done');
    expect(before).toEqual(emptyAnswers());
    expect(after.levels.one).toEqual({ criteria: { 'one-1': { response: [], texts: { evidence: 'Seen' } } }, requirements: { r: 'Done' } });
  });
});
