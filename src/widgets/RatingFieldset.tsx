import type { MarkAnswers } from '~/frameworks/answers';
import { setCriterionText, setResponse } from '~/frameworks/editAnswers';
import { RATINGS_SCOPE } from '~/frameworks/ratings/priorities';
import type { RatingItem, Ratings } from '~/frameworks/schema';
import { edit } from '~/widgets/stores/answers';
import type { Persisted } from '~/widgets/stores/persistent';

interface Props {
  store: Persisted<MarkAnswers>;
  ratings: Ratings;
  item: RatingItem;
  answers: MarkAnswers;
  /** Whether to offer an evidence note (the leaders' audit) or not (the anonymous questionnaire). */
  withEvidence: boolean;
}

/** One statement rated on the mark's scale, as real radio buttons in a fieldset. */
export function RatingFieldset({ store, ratings, item, answers, withEvidence }: Props) {
  const answer = answers.levels[RATINGS_SCOPE]?.criteria[item.id];
  const chosen = answer?.response[0];
  return (
    <fieldset className={`criterion ${chosen ? 'criterion--met' : 'criterion--unanswered'}`} id={`item-${item.id}`}>
      <legend className="criterion__legend">
        <span className="criterion__role">{item.approach}: </span>
        {item.prompt}
      </legend>
      <div className="criterion__options">
        {ratings.scale.map((point) => {
          const inputId = `${item.id}--${point.value}`;
          return (
            <div className="criterion__option" key={point.value}>
              <input
                id={inputId}
                type="radio"
                name={`${item.id}--rating`}
                value={point.value}
                checked={chosen === String(point.value)}
                onChange={() => edit(store, (a) => setResponse(a, RATINGS_SCOPE, item.id, [String(point.value)]))}
              />
              <label htmlFor={inputId}>{point.label}</label>
            </div>
          );
        })}
      </div>
      {withEvidence && (
        <div className="criterion__notes">
          <label htmlFor={`${item.id}--evidence`}>Evidence</label>
          <textarea
            id={`${item.id}--evidence`}
            rows={2}
            value={answer?.texts.evidence ?? ''}
            onChange={(e) => edit(store, (a) => setCriterionText(a, RATINGS_SCOPE, item.id, 'evidence', e.currentTarget.value))}
          />
        </div>
      )}
    </fieldset>
  );
}
