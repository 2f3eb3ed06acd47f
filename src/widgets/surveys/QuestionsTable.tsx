import { removeQuestion, setQuestion } from '~/frameworks/saved/editSurveys';
import type { GroupSurvey } from '~/frameworks/saved/surveyFigures';
import type { Surveys } from '~/frameworks/schema';
import { percent, type GroupSummary } from '~/frameworks/surveys/summariseSurvey';
import { useText } from '~/widgets/shell/text';
import { surveysOf } from '~/widgets/stores/surveys';
import { CountField } from './CountField';

interface Props {
  markId: string;
  group: Surveys['groups'][number];
  survey: GroupSurvey;
  summary: GroupSummary | undefined;
  /** Fewer answers than this are not broken down. */
  minimum: number;
}

/** A group's questions, each with its figures to type and its share agreeing. */
export function QuestionsTable({ markId, group, survey, summary, minimum }: Props) {
  const t = useText();
  const store = surveysOf(markId);
  const id = (part: string) => `${markId}-${group.id}-${part}`;
  // Wider than a phone once questions are typed in: the table scrolls on its own (its fields take the keyboard there).
  return (
    <div className="table-scroll">
      <table className="readiness__table" data-testid={`questions-${group.id}`}>
        <caption>{t('surveys.questionsCaption', { group: group.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('surveys.question')}</th>
            <th scope="col">{t('surveys.agreeing')}</th>
            <th scope="col">{t('surveys.answered')}</th>
            <th scope="col">{t('surveys.share')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('surveys.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {survey.questions.map((q, i) => {
            const { agreeShare: share, hidden } = summary?.questions[i] ?? {};
            const n = i + 1;
            return (
              <tr key={i}>
                <td>
                  <label className="visually-hidden" htmlFor={id(`q${i}-text`)}>
                    {t('surveys.questionN', { n })}
                  </label>
                  <input
                    id={id(`q${i}-text`)}
                    type="text"
                    value={q.text}
                    onChange={(e) => store.update((d) => setQuestion(d, group.id, i, { text: e.currentTarget.value }))}
                  />
                </td>
                <td>
                  <CountField
                    id={id(`q${i}-agree`)}
                    label={t('surveys.questionAgreeing', { n })}
                    hideLabel
                    value={q.agree}
                    onChange={(c) => store.update((d) => setQuestion(d, group.id, i, { agree: c ?? 0 }))}
                  />
                </td>
                <td>
                  <CountField
                    id={id(`q${i}-answered`)}
                    label={t('surveys.questionAnswering', { n })}
                    hideLabel
                    value={q.answered}
                    onChange={(c) => store.update((d) => setQuestion(d, group.id, i, { answered: c ?? 0 }))}
                  />
                </td>
                <td data-testid={`share-${group.id}-${i}`}>
                  {hidden ? t('surveys.hidden', { count: minimum }) : share === undefined ? t('surveys.noAnswers') : percent(share)}
                </td>
                <td>
                  <button type="button" className="button--secondary" onClick={() => store.update((d) => removeQuestion(d, group.id, i))}>
                    {t('surveys.remove')}
                    <span className="visually-hidden"> {t('surveys.questionLower', { n })}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
