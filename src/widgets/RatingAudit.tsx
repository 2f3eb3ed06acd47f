import { auditRatingValues, setAuditEvidence, setAuditRating } from '~/frameworks/saved/editRatings';
import type { Ratings } from '~/frameworks/schema';
import type { TextMap } from '~/text/translate';
import { RatingFieldset } from './ratings/RatingFieldset';
import { RatingParts } from './ratings/RatingParts';
import { useLive } from './shell/live';
import { fill, useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import type { KeepProps } from './shell/keep';
import { Announcement } from './shell/Announcement';
import { auditOf } from './stores/ratings';

interface Props {
  /** The mark, for saving its answers to a file. */
  keep: KeepProps;
  markId: string;
  /** The scale, the items, and what the mark calls them and the audit. */
  ratings: Pick<Ratings, 'scale' | 'items' | 'itemNoun' | 'auditTitle'>;
  prioritiesHref: string;
  /** Each item's weight in the search index, where the page is indexed (src/site/searchWeights.ts). Default: none. */
  searchWeight?: string;
  clear: { label: string; what: string };
  text: TextMap;
}

/** The leaders' audit: each rated item of the framework on the scale, with evidence. */
export default function RatingAudit({ markId, ratings, clear, text, keep, ...rest }: Props) {
  const store = auditOf(markId, ratings);
  return (
    <ToolShell keep={keep} className="calculator" text={text} saved={[store]} clear={{ id: 'audit', ...clear, onClear: () => store.reset() }}>
      <AuditForm markId={markId} ratings={ratings} {...rest} />
    </ToolShell>
  );
}

function AuditForm({ markId, ratings, prioritiesHref, searchWeight }: Omit<Props, 'clear' | 'text' | 'keep'>) {
  const t = useText();
  const store = auditOf(markId, ratings);
  const audit = useLive(store);
  const status = t('audit.status', {
    rated: Object.keys(auditRatingValues(audit)).length,
    count: ratings.items.length,
    items: ratings.itemNoun.other,
  });
  return (
    <>
      <section className="calculator__summary" aria-labelledby="audit-summary" data-pagefind-ignore>
        <h2 id="audit-summary">{t('audit.soFar')}</h2>
        <p className="calculator__headline" data-testid="audit-status">
          {status}
        </p>
        <p>{fill(t('audit.toPriorities'), { link: <a href={prioritiesHref}>{t('audit.toPrioritiesLink')}</a> })}</p>
        <Announcement message={status} />
      </section>
      <div className="calculator__form" role="group" aria-label={ratings.auditTitle}>
        <RatingParts
          ratings={ratings}
          rated={auditRatingValues(audit)}
          boxesEach={2}
          field={(item) => (
            <RatingFieldset
              key={item.id}
              ratings={ratings}
              item={item}
              rating={audit.items[item.id]?.rating}
              onRate={(value) => store.update((a) => setAuditRating(a, item.id, value))}
              searchTitle={searchWeight ? `${ratings.auditTitle} · ${item.name}` : undefined}
              searchWeight={searchWeight}
              evidence={{ text: audit.items[item.id]?.evidence ?? '', onChange: (e) => store.update((a) => setAuditEvidence(a, item.id, e)) }}
            />
          )}
        />
      </div>
    </>
  );
}
