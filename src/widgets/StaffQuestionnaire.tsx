import { useState } from 'react';
import { ratingsFrom } from '~/frameworks/ratings/priorities';
import type { Mark, Ratings } from '~/frameworks/schema';
import { emptyAnswers } from '~/frameworks/answers';
import { ClearAnswers } from './ClearAnswers';
import { downloadFile } from './download';
import { RatingFieldset } from './RatingFieldset';
import { SavedAnswersNotice } from './SavedAnswersNotice';
import { useHydrated, useSaved } from './useSaved';
import { questionnaireAnswers } from '~/widgets/stores/answers';

const EMPTY_ANSWERS = emptyAnswers();

interface Props {
  mark: Mark;
  ratings: Ratings;
}

/** The staff questionnaire: answered anonymously on one's own device, ending in a file to hand in. */
export default function StaffQuestionnaire({ mark, ratings }: Props) {
  const store = questionnaireAnswers(mark.id);
  const hydrated = useHydrated();
  const answers = useSaved(store.$value, EMPTY_ANSWERS, hydrated);
  const [saved, setSaved] = useState<string>();
  const values = ratingsFrom(answers, ratings);
  const answered = Object.keys(values).length;
  const fileName = `${mark.id}-staff-response.json`;

  async function save() {
    const { writeResponseFile } = await import('../frameworks/ratings/responseFile');
    downloadFile(fileName, writeResponseFile(mark.id, crypto.randomUUID(), values), 'application/json');
    setSaved(fileName);
  }

  return (
    <div className="calculator calculator--single" data-hydrated={hydrated || undefined}>
      <SavedAnswersNotice store={store} />
      <div className="calculator__form" role="group" aria-label="Staff questionnaire">
        {ratings.items.map((item) => (
          <RatingFieldset key={item.id} store={store} ratings={ratings} item={item} answers={answers} withEvidence={false} />
        ))}
        <section aria-labelledby="hand-in" className="calculator__summary">
          <h2 id="hand-in">Save your response to hand in</h2>
          <p data-testid="questionnaire-status">
            {answered} of {ratings.items.length} statements answered.
            {answered < ratings.items.length && answered > 0 ? ' You can leave out any you prefer not to answer.' : ''}
          </p>
          <p>
            <button type="button" onClick={save} disabled={answered === 0}>
              Save my response as a file
            </button>
          </p>
          <p role="status">
            {saved
              ? `Saved as ${saved} in your downloads. Hand in this file as your school asks; if you change an answer, save again and hand in the newest file only.`
              : ''}
          </p>
        </section>
      </div>
      <ClearAnswers
        id="questionnaire"
        label="Clear my answers from this device"
        what="your questionnaire answers from this browser"
        onClear={() => store.reset()}
      />
    </div>
  );
}
