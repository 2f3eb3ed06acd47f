import { viewsDiffer, type ItemPriority } from '~/frameworks/ratings/priorities';
import type { Ratings } from '~/frameworks/schema';
import { capitalise } from '~/frameworks/wording';
import { useText } from '~/widgets/shell/text';

interface Props {
  ratings: Pick<Ratings, 'scale' | 'auditTitle'>;
  ranked: ItemPriority[];
  /** What the mark calls a rated item (its definition's itemNoun), for the column heading. */
  itemNoun: string;
}

/** The rated items ranked weakest first, with the audit beside the staff view. */
export function PrioritiesTable({ ratings, ranked, itemNoun }: Props) {
  const t = useText();
  const scaleLabel = (value: number) => ratings.scale.find((s) => s.value === value)?.label ?? '';
  return (
    <table className="readiness__table" data-testid="priorities-table">
      <caption>{t('priorities.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('priorities.rank')}</th>
          <th scope="col">{capitalise(itemNoun)}</th>
          <th scope="col">{ratings.auditTitle}</th>
          <th scope="col">{t('priorities.staffMean')}</th>
          <th scope="col">{t('priorities.views')}</th>
        </tr>
      </thead>
      <tbody>
        {ranked.map((p) => (
          <tr key={p.item.id}>
            <td>{p.rank ?? t('priorities.notRated')}</td>
            <th scope="row">{p.item.name}</th>
            <td>{p.audit === undefined ? '' : `${p.audit} (${scaleLabel(p.audit)})`}</td>
            <td>{p.staffMean === undefined ? '' : t('priorities.meanFrom', { mean: p.staffMean.toFixed(1), count: p.staffCount })}</td>
            <td className={p.disagree ? 'status status--unmet' : ''}>{viewsDiffer(p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
