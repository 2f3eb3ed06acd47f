import { useState } from 'react';
import { setQuestionnaireRating } from '~/frameworks/saved/editRatings';
import type { Ratings } from '~/frameworks/schema';
import type { TextMap } from '~/text/translate';
import { downloadFile } from './markFile/download';
import { randomId } from './markFile/randomId';
import { RatingFieldset } from './ratings/RatingFieldset';
import { RatingParts } from './ratings/RatingParts';
import { useLive } from './shell/live';
import { useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import type { KeepProps } from './shell/keep';
import { questionnaireOf } from './stores/ratings';

interface Props {
  /** The mark, for saving its answers to a file. */
  keep: KeepProps;
  markId: string;
  /** The scale, the items, and what the mark calls the questionnaire. */
  ratings: Pick<Ratings, 'scale' | 'items' | 'questionnaireTitle'>;
  /** Each question's weight in the search index, where the page is indexed (src/site/searchWeights.ts). Default: none. */
  searchWeight?: string | undefined;
  clear: { label: string; what: string };
  text: TextMap;
}

/** The staff questionnaire: answered anonymously on one's own device, ending in a file to hand in. */
export default function StaffQuestionnaire({ markId, ratings, searchWeight, clear, text, keep }: Props) {
  const store = questionnaireOf(markId, ratings);
  return (
    <ToolShell
      keep={keep}
      className="calculator calculator--single"
      text={text}
      saved={[store]}
      prints="blank"
      clear={{ id: 'questionnaire', ...clear, onClear: () => store.reset() }}
    >
      <QuestionnaireForm markId={markId} ratings={ratings} searchWeight={searchWeight} />
    </ToolShell>
  );
}

function QuestionnaireForm({ markId, ratings, searchWeight }: Omit<Props, 'clear' | 'text' | 'keep'>) {
  const t = useText();
  const store = questionnaireOf(markId, ratings);
  const { ratings: values } = useLive(store);
  const [saved, setSaved] = useState<string>();
  const answered = Object.keys(values).length;
  const fileName = `${markId}-staff-response.json`;

  async function save() {
    const { writeResponseFile } = await import('~/frameworks/ratings/responseFile');
    downloadFile(fileName, writeResponseFile(markId, randomId(), values), 'application/json');
    setSaved(fileName);
  }

  return (
    <div className="calculator__form" role="group" aria-label={ratings.questionnaireTitle}>
      <RatingParts
        ratings={ratings}
        rated={values}
        boxesEach={1}
        field={(item) => (
          <RatingFieldset
            key={item.id}
            ratings={ratings}
            item={item}
            rating={values[item.id]}
            onRate={(value) => store.update((a) => setQuestionnaireRating(a, item.id, value))}
            searchTitle={searchWeight ? `${ratings.questionnaireTitle} · ${item.name}` : undefined}
            searchWeight={searchWeight}
          />
        )}
      />
      <section aria-labelledby="hand-in" className="calculator__summary" data-pagefind-ignore>
        <h2 id="hand-in">{t('questionnaire.handIn')}</h2>
        <p data-testid="questionnaire-status">
          {t('questionnaire.status', { answered, count: ratings.items.length })}
          {answered < ratings.items.length && answered > 0 ? ` ${t('questionnaire.leaveOut')}` : ''}
        </p>
        <p>
          <button type="button" onClick={() => void save()} disabled={answered === 0}>
            {t('questionnaire.save')}
          </button>
        </p>
        <p role="status">{saved ? t('questionnaire.saved', { file: saved }) : ''}</p>
      </section>
    </div>
  );
}
