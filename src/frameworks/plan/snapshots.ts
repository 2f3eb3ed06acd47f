import type { CriterionEntry } from '~/frameworks/criteria';
import type { MarkAnswers } from '~/frameworks/saved/answers';
import type { PlanDetails, Snapshot } from '~/frameworks/saved/planDetails';
import type { Level, Mark } from '~/frameworks/schema';
import { scoreLevel } from '~/frameworks/scoring/bestFit';
import { readiness, type LevelReadiness } from '~/frameworks/scoring/readiness';

/** A dated copy of what a mark's tools hold now: the answers' responses and texts, the audit's ratings, the plan's statuses. */
export function takeSnapshot(
  mark: Pick<Mark, 'revision'>,
  data: { answers?: MarkAnswers | undefined; details?: PlanDetails | undefined; audit?: Record<string, number> | undefined },
  now: Date,
  id: string,
): Snapshot {
  return {
    id,
    takenAt: now.toISOString(),
    revision: mark.revision,
    levels: Object.fromEntries(Object.entries(data.answers?.levels ?? {}).map(([levelId, level]) => [levelId, structuredClone(level.criteria)])),
    audit: { ...(data.audit ?? {}) },
    statuses: Object.fromEntries(Object.entries(data.details?.rows ?? {}).map(([rowId, entry]) => [rowId, entry.status])),
  };
}

/** A snapshot's answers in the answers kind's shape, to score them as the tools do. */
export const snapshotAnswers = (snapshot: Pick<Snapshot, 'levels'>): MarkAnswers => ({
  version: 1,
  levels: Object.fromEntries(Object.entries(snapshot.levels).map(([levelId, criteria]) => [levelId, { criteria, requirements: {} }])),
});

export interface LevelChange {
  level: Level;
  newlyMet: CriterionEntry[];
  newlyUnmet: CriterionEntry[];
  /** Criteria met then and now. */
  stillMet: number;
  /** Criteria not met then or now. */
  stillUnmet: number;
  metThen: number;
  metNow: number;
  needed: number;
}

export interface SnapshotComparison {
  levels: LevelChange[];
  /** Plan row ids done now and not done then. */
  actionsCompleted: string[];
  /** Plan row ids done then and not now. */
  actionsReopened: string[];
  /** The highest level that counted then, and now (undefined: none). */
  readinessThen?: LevelReadiness;
  readinessNow?: LevelReadiness;
  /** Rated item id → its audit rating then and now, where either exists and they differ. */
  ratingChanges: { itemId: string; then?: number; now?: number }[];
}

/**
 * What changed between two snapshots (or a snapshot and now): per level, the criteria newly met and
 * newly not met, how many stayed as they were, the actions completed, readiness then and now.
 * Requirements' words are not in a snapshot, so readiness here is judged on the criteria alone.
 */
export function compareSnapshots(mark: Mark, then: Snapshot, now: Snapshot): SnapshotComparison {
  const levels = mark.levels.map((level): LevelChange => {
    const before = scoreLevel(level, { criteria: then.levels[level.id] ?? {}, requirements: {} });
    const after = scoreLevel(level, { criteria: now.levels[level.id] ?? {}, requirements: {} });
    const change: LevelChange = {
      level,
      newlyMet: [],
      newlyUnmet: [],
      stillMet: 0,
      stillUnmet: 0,
      metThen: before.met,
      metNow: after.met,
      needed: after.needed,
    };
    after.criteria.forEach((c, i) => {
      const was = before.criteria[i]!.met;
      if (c.met && !was) change.newlyMet.push(c.entry);
      else if (!c.met && was) change.newlyUnmet.push(c.entry);
      else if (c.met) change.stillMet += 1;
      else change.stillUnmet += 1;
    });
    return change;
  });
  const ids = new Set([...Object.keys(then.statuses), ...Object.keys(now.statuses)]);
  const actionsCompleted = [...ids].filter((id) => now.statuses[id] === 'done' && then.statuses[id] !== 'done');
  const actionsReopened = [...ids].filter((id) => then.statuses[id] === 'done' && now.statuses[id] !== 'done');
  const items = new Set([...Object.keys(then.audit), ...Object.keys(now.audit)]);
  const ratingChanges = [...items]
    .filter((itemId) => then.audit[itemId] !== now.audit[itemId])
    .map((itemId) => ({
      itemId,
      ...(then.audit[itemId] !== undefined ? { then: then.audit[itemId] } : {}),
      ...(now.audit[itemId] !== undefined ? { now: now.audit[itemId] } : {}),
    }));
  const criteriaOnly = (snapshot: Snapshot) => readiness(withoutRequirements(mark), snapshotAnswers(snapshot)).highest;
  const readinessThen = criteriaOnly(then);
  const readinessNow = criteriaOnly(now);
  return {
    levels,
    actionsCompleted,
    actionsReopened,
    ratingChanges,
    ...(readinessThen ? { readinessThen } : {}),
    ...(readinessNow ? { readinessNow } : {}),
  };
}

// A snapshot holds no requirement words; judging those would hold every level back.
const withoutRequirements = (mark: Mark): Mark => ({ ...mark, levels: mark.levels.map((l) => ({ ...l, requirements: [] })) });
