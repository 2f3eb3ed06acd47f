import { ratingsFrom } from '~/frameworks/ratings/priorities';
import type { Mark, Ratings } from '~/frameworks/schema';
import { emptyAnswers } from '~/frameworks/answers';
import { ClearAnswers } from './ClearAnswers';
import { RatingFieldset } from './RatingFieldset';
import { SavedAnswersNotice } from './SavedAnswersNotice';
import { auditAnswers } from '~/widgets/stores/answers';
import { useAnnouncement } from './useAnnouncement';
import { useHydrated, useSaved } from './useSaved';

const EMPTY_ANSWERS = emptyAnswers();

interface Props {
  mark: Mark;
  ratings: Ratings;
  prioritiesHref: string;
}

/** The leaders' audit: each approach of the framework rated on the scale, with evidence. */
export default function RatingAudit({ mark, ratings, prioritiesHref }: Props) {
  const store = auditAnswers(mark.id);
  const hydrated = useHydrated();
  const answers = useSaved(store.$value, EMPTY_ANSWERS, hydrated);
  const rated = Object.keys(ratingsFrom(answers, ratings)).length;
  const status = `${rated} of ${ratings.items.length} approaches rated.`;
  const announcement = useAnnouncement(status);
  return (
    <div className="calculator" data-hydrated={hydrated || undefined}>
      <SavedAnswersNotice store={store} />
      <section className="calculator__summary" aria-labelledby="audit-summary">
        <h2 id="audit-summary">Audit so far</h2>
        <p className="calculator__headline" data-testid="audit-status">
          {status}
        </p>
        <p>
          When staff responses are in, <a href={prioritiesHref}>see the priorities</a>: the audit is combined with them there.
        </p>
        <div className="visually-hidden" aria-live="polite">
          {announcement}
        </div>
      </section>
      <div className="calculator__form" role="group" aria-label="Leaders’ audit">
        {ratings.items.map((item) => (
          <RatingFieldset key={item.id} store={store} ratings={ratings} item={item} answers={answers} withEvidence />
        ))}
      </div>
      <ClearAnswers
        id="audit"
        label="Clear the audit"
        what={`every audit rating and evidence note for the ${mark.name} in this browser`}
        onClear={() => store.reset()}
      />
    </div>
  );
}
