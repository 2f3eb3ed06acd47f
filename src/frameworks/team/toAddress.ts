import type { CriterionSpread, LevelSpread } from './combineLevel';

/** A criterion the group does not agree it meets, for its action plan. */
export interface ToAddress {
  criterion: CriterionSpread;
  /** The files (by their place in the combined files) whose answer does not meet it. */
  notMeeting: number[];
}

/**
 * What a group's action plan should address: every criterion that not every file answering it
 * meets, the one met least first (by the share meeting it, then the level's reading order), and
 * after them the criteria no file answered. Criteria every answering file meets are left out.
 */
export function toAddress(spread: LevelSpread): ToAddress[] {
  const meets = new Set(spread.level.responses.options.filter((o) => o.meets).map((o) => o.id));
  return spread.criteria
    .filter((c) => c.answered === 0 || c.meeting < c.answered)
    .sort((a, b) => (a.share ?? 2) - (b.share ?? 2) || a.index - b.index)
    .map((criterion) => ({
      criterion,
      notMeeting: criterion.byFile.flatMap((response, i) => (response.length > 0 && !response.some((id) => meets.has(id)) ? [i] : [])),
    }));
}
