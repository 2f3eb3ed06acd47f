import { describe, expect, it } from 'vitest';
import type { GroupSurvey } from '~/frameworks/saved/surveyFigures';
import { summariseSurvey } from '~/frameworks/surveys/summariseSurvey';
import { markDefinition } from '../fixtures/adapters';
import { parseMark } from '~/frameworks/parseMark';
import wellbeing from '~/frameworks/marks/wellbeing-qm/definition.json' with { type: 'json' };

const group = (responses: number, answered = responses): GroupSurvey => ({
  responses,
  questions: [
    { text: 'I feel safe', agree: Math.min(3, answered), answered },
    { text: 'Nobody answered', agree: 0, answered: 0 },
  ],
  source: { kind: 'manual' },
});

describe('small groups are not broken down', () => {
  it('defaults the minimum to 5 in the definition', () => {
    expect(markDefinition('wellbeing-qm').surveys!.minimumToShow).toBe(5);
    const input = structuredClone(wellbeing) as { surveys: Record<string, unknown> };
    input.surveys.minimumToShow = 10;
    expect(parseMark(input, 'definition.json').surveys!.minimumToShow).toBe(10);
    input.surveys.minimumToShow = 0;
    expect(() => parseMark(input, 'definition.json')).toThrow(/minimumToShow.*1 or more/s);
  });

  it('hides a group of 4 responses whole', () => {
    const summary = summariseSurvey(group(4), 5);
    expect(summary.hidden).toBe(true);
    expect(summary.questions[0]).toEqual({ text: 'I feel safe', agree: 3, answered: 4, hidden: true });
    expect(summary.questions[0]!.agreeShare).toBeUndefined();
    // The response count and rate are not a breakdown: they stay.
    expect(summary.responses).toBe(4);
  });

  it('breaks down a group of exactly 5, and of 6', () => {
    for (const responses of [5, 6]) {
      const summary = summariseSurvey(group(responses), 5);
      expect(summary.hidden).toBeUndefined();
      expect(summary.questions[0]!.hidden).toBeUndefined();
      expect(summary.questions[0]!.agreeShare).toBeCloseTo(3 / responses);
      expect(summary.questions[1]).toEqual({ text: 'Nobody answered', agree: 0, answered: 0 });
    }
  });

  it('hides a question fewer than 5 answered in a group large enough', () => {
    expect(summariseSurvey(group(6, 4), 5).questions[0]).toMatchObject({ answered: 4, hidden: true });
    expect(summariseSurvey(group(6, 5), 5).questions[0]).toMatchObject({ answered: 5, agreeShare: 0.6 });
    expect(summariseSurvey(group(6, 6), 5).questions[0]!.hidden).toBeUndefined();
  });

  it('hides nothing without a minimum, and nothing in an empty group', () => {
    expect(summariseSurvey(group(1)).questions[0]!.agreeShare).toBe(1);
    expect(summariseSurvey(group(0), 5).hidden).toBeUndefined();
  });
});
