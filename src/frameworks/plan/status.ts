// Without zod: the plan's islands read the statuses from here, and the saved shape builds on them.

/** Where an action stands; the plan always shows it in words, never by colour alone. */
export const PLAN_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
