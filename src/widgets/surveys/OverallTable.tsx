import type { Surveys } from '~/frameworks/schema';
import { percent, summariseSurvey } from '~/frameworks/surveys/summariseSurvey';
import { useLive } from '~/widgets/shell/live';
import { useText } from '~/widgets/shell/text';
import { surveysOf } from '~/widgets/stores/surveys';

/** Every group's response rate in one table. */
export function OverallTable({ markId, surveys }: { markId: string; surveys: Surveys }) {
  const t = useText();
  const data = useLive(surveysOf(markId));
  // Five columns of one long word each are wider than a phone: the table scrolls on its own, by keyboard too.
  return (
    <section className="table-scroll" tabIndex={0} aria-labelledby="survey-overview-caption">
      <table className="readiness__table" data-testid="survey-overview">
        <caption id="survey-overview-caption">{t('surveys.overviewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('surveys.group')}</th>
            <th scope="col">{t('surveys.invited')}</th>
            <th scope="col">{t('surveys.responses')}</th>
            <th scope="col">{t('surveys.responseRate')}</th>
            <th scope="col">{t('surveys.questions')}</th>
          </tr>
        </thead>
        <tbody>
          {surveys.groups.map((group) => {
            const survey = data.groups[group.id];
            const summary = survey ? summariseSurvey(survey) : undefined;
            return (
              <tr key={group.id} data-testid={`overview-${group.id}`}>
                <th scope="row">{group.label}</th>
                <td>{summary?.invited ?? t('surveys.notGiven')}</td>
                <td>{summary?.responses ?? 0}</td>
                <td>{summary?.responseRate === undefined ? t('surveys.needsInvited') : percent(summary.responseRate)}</td>
                <td>{summary?.questions.length ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
