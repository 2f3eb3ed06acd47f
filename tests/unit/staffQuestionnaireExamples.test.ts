import { describe, expect, it } from 'vitest';
import { ratingsFrom } from '~/frameworks/ratings/priorities';
import { markDefinition, ratingAnswersFrom, ratingsInResponseFile, responseFileText } from '../fixtures/adapters';
import { staffQuestionnaireExamples } from '../fixtures/staffQuestionnaire.examples';

const ratings = markDefinition('whmat-wellbeing').ratings!;

describe('StaffQuestionnaire examples', () => {
  it.each(staffQuestionnaireExamples)('$name', (example) => {
    const answered = ratingsFrom(ratingAnswersFrom(example.ratings), ratings);
    expect(answered).toEqual(example.expected.file?.ratings ?? {});
    if (example.expected.file) {
      // What is saved is what the priorities page reads back.
      const text = responseFileText('whmat-wellbeing', { name: example.expected.file.name, id: 'a1b2c3d4-example', ratings: answered });
      expect(ratingsInResponseFile('whmat-wellbeing', text, example.expected.file.name)).toEqual(example.expected.file.ratings);
    }
  });
});
