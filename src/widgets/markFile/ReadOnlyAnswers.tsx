import { levelCriteria, responseLabel } from '~/frameworks/criteria';
import type { MarkData } from '~/frameworks/markFile/format';
import { priorities } from '~/frameworks/ratings/priorities';
import { auditRatingValues } from '~/frameworks/saved/editRatings';
import type { Mark } from '~/frameworks/schema';
import { readiness } from '~/frameworks/scoring/readiness';
import { percent, summariseSurvey } from '~/frameworks/surveys/summariseSurvey';
import { useText } from '../shell/text';

/** A mark's answers as results to read: each level's standing and answers, the ratings, the survey figures. Nothing can be changed. */
export function ReadOnlyAnswers({ mark, data }: { mark: Mark; data: MarkData }) {
  const t = useText();
  const levels = mark.levels.length > 0 ? readiness(mark, data.answers ?? { version: 1, levels: {} }).levels : [];
  return (
    <div className="read-only-answers" data-testid="read-only-answers">
      {levels.map(({ level, score, counts }) => {
        const answers = data.answers?.levels[level.id];
        const labelOf = (id: string) => responseLabel(level, id);
        const answered = levelCriteria(level).filter(({ statement }) => answers?.criteria[statement.id]);
        return (
          <section key={level.id} aria-labelledby={`shared-${level.id}`}>
            <h2 id={`shared-${level.id}`}>{t('shared.level', { level: level.name, result: t(counts ? 'shared.met' : 'shared.notMet') })}</h2>
            <p>{t('shared.answered', { answered: score.answered, total: score.total, met: score.met })}</p>
            {answered.length > 0 && (
              <>
                <table className="readiness__table">
                  <thead>
                    <tr>
                      <th scope="col">{t('shared.criterion')}</th>
                      <th scope="col">{t('shared.answer')}</th>
                      <th scope="col">{t('shared.notes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {answered.map(({ statement }) => {
                      const answer = answers!.criteria[statement.id]!;
                      return (
                        <tr key={statement.id}>
                          <th scope="row">{statement.text}</th>
                          <td>{answer.response.map(labelOf).join('; ')}</td>
                          <td>
                            {level.fields
                              .filter((f) => answer.texts[f.id])
                              .map((f) => (
                                <p key={f.id}>
                                  <strong>{f.label}:</strong> {answer.texts[f.id]}
                                </p>
                              ))}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </>
            )}
            {/* What a level's requirements asked to be recorded (the impact seen, say): shown, as it is imported with the rest. */}
            {level.requirements.flatMap((requirement) => {
              const note = answers?.requirements[requirement.id]?.trim();
              const prompt = requirement.checks.find((check) => check.kind === 'recorded')?.prompt ?? requirement.text;
              return note
                ? [
                    <p key={requirement.id} data-testid="shared-requirement-note">
                      <strong>{prompt}:</strong> {note}
                    </p>,
                  ]
                : [];
            })}
          </section>
        );
      })}
      {mark.ratings && <RatingsResult ratings={mark.ratings} data={data} />}
      {mark.surveys &&
        mark.surveys.groups.map((group) => {
          const survey = data.surveys?.groups[group.id];
          if (!survey) return null;
          const summary = summariseSurvey(survey, mark.surveys!.minimumToShow);
          return (
            <section key={group.id} aria-labelledby={`shared-${group.id}`}>
              <h2 id={`shared-${group.id}`}>{`${mark.surveys!.title}: ${group.label}`}</h2>
              <>
                <table className="readiness__table">
                  <thead>
                    <tr>
                      <th scope="col">{t('shared.question')}</th>
                      <th scope="col">{t('shared.agree')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.questions.map((q, i) => (
                      <tr key={i}>
                        <th scope="row">{q.text}</th>
                        <td>{q.agreeShare === undefined ? '' : `${percent(q.agreeShare)} (${q.agree}/${q.answered})`}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            </section>
          );
        })}
    </div>
  );
}

function RatingsResult({ ratings, data }: { ratings: NonNullable<Mark['ratings']>; data: MarkData }) {
  const t = useText();
  const ranked = priorities(ratings, data.audit ? auditRatingValues(data.audit) : {}, data.responses?.responses ?? []);
  const label = (value: number | undefined) => ratings.scale.find((p) => p.value === value)?.label ?? '';
  return (
    <section aria-labelledby="shared-ratings">
      <h2 id="shared-ratings">{ratings.auditTitle}</h2>
      <>
        <table className="readiness__table">
          <thead>
            <tr>
              <th scope="col">{t('shared.item')}</th>
              <th scope="col">{t('shared.rating')}</th>
              <th scope="col">{t('shared.staff')}</th>
              <th scope="col">{t('shared.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((p) => (
              <tr key={p.item.id}>
                <th scope="row">{p.item.name}</th>
                <td>{label(p.audit)}</td>
                <td>{p.staffMean === undefined ? '' : `${p.staffMean.toFixed(1)} (${p.staffCount})`}</td>
                <td>{data.audit?.items[p.item.id]?.evidence ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    </section>
  );
}
