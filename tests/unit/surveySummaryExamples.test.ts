import { describe, expect, it } from 'vitest';
import { percent, summariseSurvey } from '~/frameworks/surveys/summariseSurvey';
import { markDefinition, surveyGroupFrom } from '../fixtures/adapters';
import { surveySummaryExamples } from '../fixtures/surveySummary.examples';

const groups = markDefinition('wellbeing-qm').surveys!.groups.map((g) => g.id);

describe('SurveySummary examples', () => {
  it.each(surveySummaryExamples)('$name', (example) => {
    expect(Object.keys(example.expected).sort()).toEqual([...groups].sort());
    for (const entry of example.groups) expect(groups).toContain(entry.group);
    for (const [groupId, expected] of Object.entries(example.expected)) {
      const entry = example.groups.find((g) => g.group === groupId);
      const { survey, problems } = entry ? surveyGroupFrom('wellbeing-qm', entry) : {};
      const summary = survey ? summariseSurvey(survey, markDefinition('wellbeing-qm').surveys!.minimumToShow) : undefined;
      // The import's status line is checked in the browser; its counts are the responses and shares here.
      expect({
        invited: summary?.invited,
        responses: summary?.responses ?? 0,
        responseRate: summary?.responseRate === undefined ? undefined : percent(summary.responseRate),
        shares:
          summary?.questions.map((q) =>
            q.hidden ? `Not shown: fewer than 5 answers` : q.agreeShare === undefined ? 'No answers' : percent(q.agreeShare),
          ) ?? [],
        problems,
        inconsistencies: summary?.inconsistencies.length ? summary.inconsistencies : undefined,
      }).toEqual({ ...expected, imported: undefined });
    }
  });
});
