import { z } from 'zod';
import { Slug, Text } from './text';

/** One criterion as the source words it: a statement, an activity or an element. */
export const Statement = z.strictObject({
  /** Unique within the mark; saved answers are keyed by it, so never reuse one for other words. Required. */
  id: Slug,
  /** The source's words, verbatim but for cleaned extraction artefacts. Required. */
  text: Text,
  /** Sub-items the source lists under this statement. Default: none. */
  items: z.array(Text).optional(),
  /** Where the text was corrected from the source, what and why; shown on the page. Default: none. */
  correction: Text.optional(),
  /** Where the words come from when not the mark's own source document: a cited public page. Default: none. */
  citation: Text.optional(),
});

/** Someone a criterion is for (a column of a grid), or a group surveyed. */
export const Role = z.strictObject({
  /** Keys the role's statements in a grid row. Required. */
  id: Slug,
  /** The column heading. Required. */
  label: Text,
});

/** Statements by area and role: each row holds one statement per role. */
export const RoleGrid = z.strictObject({
  /** Required: "roleGrid". */
  kind: z.literal('roleGrid'),
  /** The grid's columns, in order. Required, at least one. */
  roles: z.array(Role).min(1, { error: 'needs at least one role' }),
  /** The grid's row groups, in order. Required, at least one. */
  areas: z
    .array(
      z.strictObject({
        /** The area's heading, beside its rows. Required. */
        label: Text,
        /** Each row maps a role id to that role's statement. Required, at least one. */
        rows: z.array(z.record(z.string(), Statement)).min(1, { error: 'needs at least one row' }),
      }),
    )
    .min(1, { error: 'needs at least one area' }),
});

/** A flat list of statements answered on the level's scale, e.g. agree / unsure / disagree. */
export const Statements = z.strictObject({
  /** Required: "statements". */
  kind: z.literal('statements'),
  /** Required, at least one. */
  statements: z.array(Statement).min(1, { error: 'needs at least one statement' }),
});

/** Activities grouped by role, answered by time period, e.g. done before / doing now / planned. */
export const RoleActivities = z.strictObject({
  /** Required: "roleActivities". */
  kind: z.literal('roleActivities'),
  /** Each role with its activities, in order. Required, at least one. */
  roles: z
    .array(
      Role.extend({
        /** Required, at least one. */
        activities: z.array(Statement).min(1, { error: 'needs at least one activity' }),
      }),
    )
    .min(1, { error: 'needs at least one role' }),
});

/** A numbered list of elements, each of which must be met. */
export const Elements = z.strictObject({
  /** Required: "elements". */
  kind: z.literal('elements'),
  /** Required, at least one. */
  elements: z.array(Statement).min(1, { error: 'needs at least one element' }),
});

/** A level's criteria in one of four shapes, chosen by "kind". */
export const Criteria = z.discriminatedUnion('kind', [RoleGrid, Statements, RoleActivities, Elements], {
  error: 'needs "kind": one of "roleGrid", "statements", "roleActivities" or "elements"',
});

/** A criterion as the site uses it. */
export type Statement = z.output<typeof Statement>;
/** A criteria block as the site uses it. */
export type Criteria = z.output<typeof Criteria>;
