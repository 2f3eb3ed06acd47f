import { describe, expect, it } from 'vitest';
import { describeChanges } from '~/frameworks/markFile/changes';
import { countEntries } from '~/frameworks/markFile/entries';
import { readMarkFile } from '~/frameworks/markFile/readMarkFile';
import { unpackShareFragment } from '~/frameworks/markFile/shareLink';
import { readiness } from '~/frameworks/scoring/readiness';
import { checkLine, markDefinition, markFileShapes, shareLinkFragment, words } from '../fixtures/adapters';
import { sharedAnswersExamples } from '../fixtures/sharedAnswers.examples';

describe('Shared answers examples', () => {
  it.each(sharedAnswersExamples)('$name', async (example) => {
    const { expected } = example;
    const mark = markDefinition(example.shared.mark);
    const unpacked = await unpackShareFragment(await shareLinkFragment(example.shared, example.cut));
    if (!unpacked.ok) {
      expect(unpacked.reason).toBe('broken');
      expect(words('shared.broken')).toBe(expected.refused);
      expect(expected.levels).toBeUndefined();
      return;
    }
    expect(expected.refused).toBeUndefined();
    const read = readMarkFile(unpacked.text, mark, markFileShapes);
    if (!read.ok) throw new Error(`the shared file was refused: ${read.refusal.kind}`);
    const results = readiness(mark, read.file.data.answers!).levels;
    for (const want of expected.levels ?? []) {
      const shown = results.map(({ level, score, counts }) => ({
        heading: words('shared.level', { level: level.name, result: words(counts ? 'shared.met' : 'shared.notMet') }),
        counts: words('shared.answered', { answered: score.answered, total: score.total, met: score.met }),
      }));
      expect(shown).toContainEqual(want);
    }
    // Every word the page should show is in the file the link carries.
    for (const text of expected.shows ?? []) expect(unpacked.text).toContain(JSON.stringify(text).slice(1, -1));
    expect(describeChanges({}, read.file.data).map(checkLine)).toEqual(expected.check);
    expect(countEntries('answers', read.file.data)).toBe(expected.imported);
  });
});
