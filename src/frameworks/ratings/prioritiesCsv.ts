import type { AuditRatings } from '~/frameworks/saved/auditRatings';
import { formatCsv } from '~/frameworks/csv';
import { DEFAULT_RATINGS_WORDING } from '~/frameworks/schema/defaults';
import type { Ratings } from '~/frameworks/schema';
import { capitalise } from '~/frameworks/wording';
import { viewsDiffer, type ItemPriority } from './priorities';

const oneDecimal = (n: number | undefined) => (n === undefined ? '' : n.toFixed(1));

/**
 * The ranked priorities as a CSV file for an improvement plan, with the audit's evidence beside each;
 * the columns are headed in the mark's own words (default: the schema's).
 */
export function prioritiesCsv(
  ranked: ItemPriority[],
  audit: AuditRatings,
  wording: Pick<Ratings, 'itemNoun' | 'auditTitle'> = DEFAULT_RATINGS_WORDING,
): string {
  const header = [
    'Rank',
    capitalise(wording.itemNoun.one),
    'Statement',
    wording.auditTitle,
    'Staff mean',
    'Staff responses',
    'Combined',
    'Where views differ',
    'Audit evidence',
  ];
  const rows = ranked.map((p) => [
    p.rank ?? '',
    p.item.name,
    p.item.prompt,
    p.audit ?? '',
    oneDecimal(p.staffMean),
    p.staffCount,
    oneDecimal(p.combined),
    viewsDiffer(p),
    audit.items[p.item.id]?.evidence ?? '',
  ]);
  return formatCsv([header, ...rows]);
}
