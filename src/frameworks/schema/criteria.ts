import { z } from 'zod';
import { Slug, Text } from './text';

/** One criterion as the source words it: a statement, an activity or an element. */
export const Statement = z.strictObject({
  id: Slug.describe('Unique within the mark; saved answers are keyed by it, so never reuse one for other words. Required.'),
  text: Text.describe("The source's words, verbatim but for cleaned extraction artefacts. Required."),
  items: z.array(Text).optional().describe('Sub-items the source lists under this statement. Default: none.'),
  correction: Text.optional().describe('Where the text was corrected from the source, what and why; shown on the page. Default: none.'),
  citation: Text.optional().describe("Where the words come from when not the mark's own source document: a cited public page. Default: none."),
});

/** Someone a criterion is for (a column of a grid), or a group surveyed. */
export const Role = z.strictObject({
  id: Slug.describe("Keys the role's statements in a grid row. Required."),
  label: Text.describe('The column heading. Required.'),
});

/** Statements by area and role: each row holds one statement per role. */
export const RoleGrid = z.strictObject({
  kind: z.literal('roleGrid').describe('Required: "roleGrid".'),
  roles: z.array(Role).min(1, { error: 'needs at least one role' }).describe("The grid's columns, in order. Required, at least one."),
  areas: z
    .array(
      z.strictObject({
        label: Text.describe("The area's heading, beside its rows. Required."),
        rows: z
          .array(z.record(z.string(), Statement))
          .min(1, { error: 'needs at least one row' })
          .describe("Each row maps a role id to that role's statement. Required, at least one."),
      }),
    )
    .min(1, { error: 'needs at least one area' })
    .describe("The grid's row groups, in order. Required, at least one."),
});

/** A flat list of statements answered on the level's scale, e.g. agree / unsure / disagree. */
export const Statements = z.strictObject({
  kind: z.literal('statements').describe('Required: "statements".'),
  statements: z.array(Statement).min(1, { error: 'needs at least one statement' }).describe('Required, at least one.'),
});

/** Activities grouped by role, answered by time period, e.g. done before / doing now / planned. */
export const RoleActivities = z.strictObject({
  kind: z.literal('roleActivities').describe('Required: "roleActivities".'),
  roles: z
    .array(
      Role.extend({
        activities: z.array(Statement).min(1, { error: 'needs at least one activity' }).describe('Required, at least one.'),
      }),
    )
    .min(1, { error: 'needs at least one role' })
    .describe('Each role with its activities, in order. Required, at least one.'),
});

/** A numbered list of elements, each of which must be met. */
export const Elements = z.strictObject({
  kind: z.literal('elements').describe('Required: "elements".'),
  elements: z.array(Statement).min(1, { error: 'needs at least one element' }).describe('Required, at least one.'),
});

/** A level's criteria in one of four shapes, chosen by "kind". */
export const Criteria = z.discriminatedUnion('kind', [RoleGrid, Statements, RoleActivities, Elements], {
  error: 'needs "kind": one of "roleGrid", "statements", "roleActivities" or "elements"',
});

/** A criterion as the site uses it. */
export type Statement = z.output<typeof Statement>;
/** A criteria block as the site uses it. */
export type Criteria = z.output<typeof Criteria>;
