import { describe, expect, it } from 'vitest';
import { questionnaireRatingsFrom, ratingsInResponseFile, responseFileText } from '../fixtures/adapters';
import { staffQuestionnaireExamples } from '../fixtures/staffQuestionnaire.examples';

describe('StaffQuestionnaire examples', () => {
  it.each(staffQuestionnaireExamples)('$name', (example) => {
    const answered = questionnaireRatingsFrom(example.ratings);
    expect(answered).toEqual(example.expected.file?.ratings ?? {});
    if (example.expected.file) {
      // What is saved is what the priorities page reads back.
      const text = responseFileText('whmat-wellbeing', { name: example.expected.file.name, id: 'a1b2c3d4-example', ratings: answered });
      expect(ratingsInResponseFile('whmat-wellbeing', text, example.expected.file.name)).toEqual(example.expected.file.ratings);
    }
  });
});
