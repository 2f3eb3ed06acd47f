import { priorities } from '~/frameworks/ratings/priorities';
import { auditRatingValues } from '~/frameworks/saved/editRatings';
import type { Mark } from '~/frameworks/schema';
import { useLive } from '../shell/live';
import { useText } from '../shell/text';
import { auditOf, collectedOf } from '../stores/ratings';
import { PairedBars } from './Charts';

/** The report's leaders' and staff ratings per item, as a chart and a table. */
export function ReportRatings({ mark }: { mark: Mark }) {
  const t = useText();
  const ratings = mark.ratings!;
  const audit = useLive(auditOf(mark.id, ratings));
  const collected = useLive(collectedOf(mark.id, ratings));
  const ranked = priorities(ratings, auditRatingValues(audit), collected.responses);
  const values = ratings.scale.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const fmt = (v: number | undefined) => (v === undefined ? t('report.notRated') : Number.isInteger(v) ? String(v) : v.toFixed(1));
  return (
    <section aria-labelledby="report-ratings">
      <h2 id="report-ratings">{t('report.ratingsHeading')}</h2>
      <div className="report__chart">
        <PairedBars
          title={t('report.ratingsChartTitle', { item: ratings.itemNoun.one, min, max })}
          pairs={ratings.items.map((item) => {
            const p = ranked.find((r) => r.item.id === item.id);
            return { label: item.name, first: p?.audit, second: p?.staffMean };
          })}
          min={min - 1}
          max={max}
          firstLabel={t('report.leaders')}
          secondLabel={t('report.staff')}
          format={(v) => fmt(v)}
        />
        <table className="readiness__table">
          <caption>{t('report.ratingsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.colItem')}</th>
              <th scope="col">{t('report.leaders')}</th>
              <th scope="col">{t('report.staff')}</th>
            </tr>
          </thead>
          <tbody>
            {ratings.items.map((item) => {
              const p = ranked.find((r) => r.item.id === item.id);
              return (
                <tr key={item.id}>
                  <th scope="row">{item.name}</th>
                  <td>{fmt(p?.audit)}</td>
                  <td>{fmt(p?.staffMean)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
