import type { CriterionEntry } from '~/frameworks/criteria';
import type { MarkAnswers } from '~/frameworks/saved/answers';
import type { PlanDetails, Snapshot } from '~/frameworks/saved/planDetails';
import type { Level, Mark } from '~/frameworks/schema';
import { scoreLevel } from '~/frameworks/scoring/bestFit';
import { readiness, type LevelReadiness } from '~/frameworks/scoring/readiness';

/** A dated copy of what a mark's tools hold now: the answers' responses and texts, the audit's ratings, the plan's statuses. */
export function takeSnapshot(
  mark: Pick<Mark, 'revision' | 'levels'>,
  data: { answers?: MarkAnswers | undefined; details?: PlanDetails | undefined; audit?: Record<string, number> | undefined },
  now: Date,
  id: string,
): Snapshot {
  return {
    id,
    takenAt: now.toISOString(),
    revision: mark.revision,
    levels: Object.fromEntries(
      Object.entries(data.answers?.levels ?? {}).map(([levelId, level]) => [
        levelId,
        Object.fromEntries(Object.entries(level.criteria).map(([id, answer]) => [id, [...answer.response]])),
      ]),
    ),
    actioned: mark.levels.flatMap((level) => {
      const fields = level.fields.filter((f) => f.purpose === 'action').map((f) => f.id);
      return Object.entries(data.answers?.levels[level.id]?.criteria ?? {}).flatMap(([id, answer]) =>
        fields.some((f) => (answer.texts[f]?.trim() ?? '') !== '') ? [`${level.id}/${id}`] : [],
      );
    }),
    audit: { ...(data.audit ?? {}) },
    statuses: Object.fromEntries(Object.entries(data.details?.rows ?? {}).map(([rowId, entry]) => [rowId, entry.status])),
  };
}

/** A snapshot's answers in the answers kind's shape, to score them as the tools do (an action kept as "written"). */
export function snapshotAnswers(mark: Pick<Mark, 'levels'>, snapshot: Pick<Snapshot, 'levels' | 'actioned'>): MarkAnswers {
  const actioned = new Set(snapshot.actioned);
  return {
    version: 1,
    levels: Object.fromEntries(
      mark.levels.map((level) => {
        const action = level.fields.find((f) => f.purpose === 'action')?.id;
        const criteria = Object.fromEntries(
          Object.entries(snapshot.levels[level.id] ?? {}).map(([id, response]) => [
            id,
            { response, texts: action && actioned.has(`${level.id}/${id}`) ? { [action]: '✓' } : {} },
          ]),
        );
        for (const key of actioned) {
          const [levelId, id] = key.split('/');
          if (levelId === level.id && id && action && !criteria[id]) criteria[id] = { response: [], texts: { [action]: '✓' } };
        }
        return [level.id, { criteria, requirements: {} }];
      }),
    ),
  };
}

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
  const answersThen = snapshotAnswers(mark, then);
  const answersNow = snapshotAnswers(mark, now);
  const levels = mark.levels.map((level): LevelChange => {
    const before = scoreLevel(level, answersThen.levels[level.id]);
    const after = scoreLevel(level, answersNow.levels[level.id]);
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
  const criteriaOnly = (answers: MarkAnswers) => readiness(withoutRequirements(mark), answers).highest;
  const readinessThen = criteriaOnly(answersThen);
  const readinessNow = criteriaOnly(answersNow);
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
