import type { StaffResponse } from '~/frameworks/saved/collectedResponses';
import type { RatingItem, Ratings } from '~/frameworks/schema';

export interface ItemPriority {
  item: RatingItem;
  /** The leaders' audit rating, if given. */
  audit?: number;
  /** The mean staff rating, if any staff rated it. */
  staffMean?: number;
  staffCount: number;
  /** Leaders and staff weighed equally: the mean of the audit and the staff mean, or whichever exists. */
  combined?: number;
  /** Audit minus staff mean: positive when leaders rate higher than staff. */
  gap?: number;
  /** The gap is at least the definition's disagreement threshold. */
  disagree: boolean;
  /** 1 for the weakest; tied items share a rank. Undefined for an item nobody rated. */
  rank?: number;
}

/** Where leaders and staff stand on an item, in words, for the table and the CSV. */
export function viewsDiffer(p: ItemPriority): string {
  if (p.gap === undefined) return '';
  if (!p.disagree) return 'Similar views';
  return p.gap > 0 ? 'Leaders rate it higher than staff' : 'Staff rate it higher than leaders';
}

/** Ranks the framework's items from weakest to strongest, from the audit and the staff responses. */
export function priorities(ratings: Ratings, auditRatings: Record<string, number>, responses: StaffResponse[]): ItemPriority[] {
  const scored = ratings.items.map((item): ItemPriority => {
    const auditValue = auditRatings[item.id];
    const staff = responses.flatMap((r) => (r.ratings[item.id] === undefined ? [] : [r.ratings[item.id]!]));
    const staffMean = staff.length > 0 ? staff.reduce((a, b) => a + b, 0) / staff.length : undefined;
    const parts = [auditValue, staffMean].filter((v): v is number => v !== undefined);
    const combined = parts.length > 0 ? parts.reduce((a, b) => a + b, 0) / parts.length : undefined;
    const gap = auditValue !== undefined && staffMean !== undefined ? auditValue - staffMean : undefined;
    return {
      item,
      ...(auditValue !== undefined ? { audit: auditValue } : {}),
      ...(staffMean !== undefined ? { staffMean } : {}),
      staffCount: staff.length,
      ...(combined !== undefined ? { combined } : {}),
      ...(gap !== undefined ? { gap } : {}),
      disagree: gap !== undefined && Math.abs(gap) >= ratings.disagreementAt - 1e-9,
    };
  });
  // Weakest first; a stable sort keeps the framework's order among ties; unrated items go last.
  const ranked = scored.filter((s) => s.combined !== undefined).sort((a, b) => a.combined! - b.combined!);
  ranked.forEach((s, i) => {
    const previous = ranked[i - 1];
    s.rank = previous && Math.abs(previous.combined! - s.combined!) < 1e-9 ? previous.rank! : i + 1;
  });
  return [...ranked, ...scored.filter((s) => s.combined === undefined)];
}
