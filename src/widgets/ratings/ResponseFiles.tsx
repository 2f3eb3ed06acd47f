import { addResponses } from '~/frameworks/saved/editResponses';
import { auditRatingValues } from '~/frameworks/saved/editRatings';
import type { Ratings } from '~/frameworks/schema';
import { useLive } from '~/widgets/shell/live';
import { fill, useText } from '~/widgets/shell/text';
import { auditOf, collectedOf } from '~/widgets/stores/ratings';
import { FileDrop } from '~/widgets/markFile/FileDrop';

/** What adding files did: responses added, files already collected, and why others could not be used. */
export interface ImportReport {
  added: number;
  repeated: number;
  problems: string[];
}

interface Props {
  markId: string;
  ratings: Ratings;
  auditHref: string;
  report: ImportReport | undefined;
  onReport: (report: ImportReport) => void;
}

/** The staff responses collected so far, and a place to choose or drop more response files. */
export function ResponseFiles({ markId, ratings, auditHref, report, onReport }: Props) {
  const t = useText();
  const collected = collectedOf(markId, ratings);
  const { responses } = useLive(collected);
  const auditCount = Object.keys(auditRatingValues(useLive(auditOf(markId, ratings)))).length;
  const inputId = `${markId}-response-files`;

  async function add(files: File[]) {
    if (files.length === 0) return;
    const { readResponseFiles } = await import('~/frameworks/ratings/readResponseFiles');
    const read = await readResponseFiles(files, markId, ratings);
    // Only good files are added; a bad one changes nothing that was there.
    let added = 0;
    collected.update((data) => {
      const result = addResponses(data, read.responses);
      added = result.added;
      return result.data;
    });
    onReport({ added, repeated: read.responses.length - added, problems: read.problems });
  }

  const completeAudit =
    auditCount === 0 ? fill(t('priorities.completeAudit'), { link: <a href={auditHref}>{t('priorities.completeAuditLink')}</a> }) : null;
  return (
    <section className="no-print" aria-labelledby="responses-heading">
      <h2 id="responses-heading">{t('priorities.responsesHeading')}</h2>
      <p data-testid="responses-count">
        {t('priorities.collected', { count: responses.length, rated: auditCount, total: ratings.items.length })}
        {completeAudit}.
      </p>
      <FileDrop id={inputId} label={t('priorities.addFiles')} onFiles={(files) => void add(files)} />
      <div role="status" data-testid="import-report">
        {report && (
          <p>
            {t('priorities.added', { count: report.added })}
            {report.repeated > 0 ? t('priorities.repeated', { count: report.repeated }) : ''}.
          </p>
        )}
      </div>
      {report && report.problems.length > 0 && (
        <div className="notice notice--warning" role="alert" data-testid="import-problems">
          <p>
            <strong>{t('priorities.unusable', { count: report.problems.length })}</strong> {t('priorities.nothingChanged')}
          </p>
          <ul>
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
