import { z } from 'zod';
import { PLAN_STATUSES } from '../plan/status';
import { keepWhatReads } from './keepWhatReads';

export { PLAN_STATUSES, type PlanStatus } from '../plan/status';

/** What a school adds to one row of its action plan: who, by when, how far, and the impact seen. */
export const PlanEntry = z.strictObject({
  /** The action, where the answers hold none (a rated item, a mark without an action field). Default: none. */
  action: z.string().default(''),
  /** Who leads the action. Default: none. */
  owner: z.string().default(''),
  /** The target date, YYYY-MM-DD, or empty. Default: none. */
  due: z.string().default(''),
  status: z.enum(PLAN_STATUSES).default('not-started'),
  /** The impact seen so far. Default: none. */
  impact: z.string().default(''),
});

/** A mark's action plan details, by plan row id (`<level-id>/<criterion-id>`, `item/<item-id>`): `qmh:plan:<mark-id>`. */
export const PlanDetails = z.strictObject({
  version: z.literal(1),
  /** Row id → its details. A damaged row is dropped alone. Default: none. */
  rows: keepWhatReads(z.record(z.string(), PlanEntry)).default({}),
});

/** A dated copy of a mark's answers, ratings and plan statuses, to compare with another later. */
export const Snapshot = z.strictObject({
  id: z.string().min(1),
  /** When it was taken (ISO 8601, UTC). */
  takenAt: z.iso.datetime(),
  /** The definition's revision the answers were given against. */
  revision: z.int().positive(),
  /** Level id → criterion id → the options chosen then. Default: none. */
  levels: z.record(z.string(), z.record(z.string(), z.array(z.string()))).default({}),
  /** `<level-id>/<criterion-id>` of each criterion that had an action written then. Default: none. */
  actioned: z.array(z.string()).default([]),
  /** Rated item id → the leaders' rating. Default: none. */
  audit: z.record(z.string(), z.number()).default({}),
  /** Plan row id → its status then. Default: none. */
  statuses: z.record(z.string(), z.enum(PLAN_STATUSES)).default({}),
});

/** A mark's snapshots, oldest first: `qmh:snapshots:<mark-id>`. */
export const Snapshots = z.strictObject({
  version: z.literal(1),
  /** A damaged snapshot is dropped alone. Default: none. */
  snapshots: keepWhatReads(z.array(Snapshot)).default([]),
});

export type PlanEntry = z.output<typeof PlanEntry>;
export type PlanDetails = z.output<typeof PlanDetails>;
export type Snapshot = z.output<typeof Snapshot>;
export type Snapshots = z.output<typeof Snapshots>;
