import { describe, expect, it } from 'vitest';
import { describeChanges } from '~/frameworks/markFile/changes';
import { countEntries } from '~/frameworks/markFile/entries';
import { readMarkFile } from '~/frameworks/markFile/readMarkFile';
import { refusalText } from '~/widgets/markFile/refusalText';
import { checkLine, fileText, markDataFrom, markDefinition, markFileShapes, words } from '../fixtures/adapters';
import { markFileExamples } from '../fixtures/markFile.examples';

const mark = markDefinition('wiltshire-lsqm');

describe('Self-assessment file examples', () => {
  it.each(markFileExamples)('$name', (example) => {
    const { expected } = example;
    const onDevice = markDataFrom(example.onDevice);
    const read = readMarkFile(fileText(example.file), mark, markFileShapes);
    if (!read.ok) {
      // Refused whole: the sentence names the file and the problem, and the device keeps what it held.
      expect(
        `${words('files.refusedHeading', { file: example.file.name })} ${refusalText(words, read.refusal, mark.name)} ${words('files.unchanged')}`,
      ).toBe(expected.refused);
      expect(expected.check).toBeUndefined();
      expect(words('files.count.answers', { count: countEntries('answers', onDevice) })).toBe(expected.holds);
      return;
    }
    expect(expected.refused).toBeUndefined();
    const changes = describeChanges(onDevice, read.file.data);
    const answers = changes.find((c) => c.kind === 'answers')!;
    expect({ added: answers.added, replaced: answers.differ, same: answers.same, removed: answers.onlyHere }).toEqual(expected.changes);
    expect(changes.map(checkLine)).toEqual(expected.check);
    expect([...answers.changedIds, ...answers.removedIds]).toEqual(expected.listed ?? []);
    // Replacing makes the file's data the device's.
    expect(words('files.count.answers', { count: countEntries('answers', read.file.data) })).toBe(expected.holds);
  });
});
