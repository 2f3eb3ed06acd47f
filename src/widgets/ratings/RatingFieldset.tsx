import { memo } from 'react';
import type { RatingItem, Ratings } from '~/frameworks/schema';
import { itemAnchor } from '~/frameworks/tasks/taskList';
import { useText } from '~/widgets/shell/text';

interface Props {
  ratings: Pick<Ratings, 'scale'>;
  item: RatingItem;
  rating: number | undefined;
  onRate: (value: number) => void;
  /** The evidence note and its edit: offered in the leaders' audit, not in the anonymous questionnaire. */
  evidence?: { text: string; onChange: (text: string) => void };
  /** The item as a search result of its own, in the tool where it is rated: its title and weight in Pagefind's index. Default: none. */
  searchTitle?: string | undefined;
  searchWeight?: string | undefined;
}

/**
 * One statement rated on the mark's scale, as real radio buttons in a fieldset. A click re-renders
 * only the statement it rated: the others are skipped (their handlers only name the store and their
 * own item, so a new handler of the same item does the same).
 */
export const RatingFieldset = memo(
  RatingFieldsetOf,
  (a, b) =>
    a.ratings === b.ratings &&
    a.item === b.item &&
    a.rating === b.rating &&
    (a.evidence === undefined) === (b.evidence === undefined) &&
    a.evidence?.text === b.evidence?.text &&
    a.searchTitle === b.searchTitle,
);

function RatingFieldsetOf({ ratings, item, rating, onRate, evidence, searchTitle, searchWeight }: Props) {
  const t = useText();
  return (
    <fieldset
      className={`criterion ${rating === undefined ? 'criterion--unanswered' : 'criterion--met'}`}
      id={itemAnchor(item.id)}
      data-pagefind-title={searchTitle}
      data-pagefind-weight={searchWeight}
    >
      <legend className="criterion__legend">
        <span className="criterion__role criterion__name">{item.name}: </span>
        {item.prompt}
      </legend>
      <div className="criterion__options" data-pagefind-ignore>
        {ratings.scale.map((point) => {
          const inputId = `${item.id}--${point.value}`;
          return (
            <div className="criterion__option" key={point.value}>
              <input
                id={inputId}
                type="radio"
                name={`${item.id}--rating`}
                value={point.value}
                checked={rating === point.value}
                onChange={() => onRate(point.value)}
              />
              <label htmlFor={inputId}>{point.label}</label>
            </div>
          );
        })}
      </div>
      {evidence && (
        <div className="criterion__notes" data-pagefind-ignore>
          <label htmlFor={`${item.id}--evidence`}>{t('ratings.evidence')}</label>
          <textarea id={`${item.id}--evidence`} rows={2} value={evidence.text} onChange={(e) => evidence.onChange(e.currentTarget.value)} />
        </div>
      )}
    </fieldset>
  );
}
