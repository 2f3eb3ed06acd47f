import type { AuditRatings } from '~/frameworks/saved/auditRatings';
import { formatCsv } from '~/frameworks/csv';
import { viewsDiffer, type ItemPriority } from './priorities';

const oneDecimal = (n: number | undefined) => (n === undefined ? '' : n.toFixed(1));

/** The ranked priorities as a CSV file for the AIP and SEF, with the audit's evidence beside each. */
export function prioritiesCsv(ranked: ItemPriority[], audit: AuditRatings): string {
  const header = [
    'Rank',
    'Approach',
    'Statement',
    'Leaders’ audit',
    'Staff mean',
    'Staff responses',
    'Combined',
    'Where views differ',
    'Audit evidence',
  ];
  const rows = ranked.map((p) => [
    p.rank ?? '',
    p.item.approach,
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
