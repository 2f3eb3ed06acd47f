import { z } from 'zod';
import { Criteria } from './criteria';
import { contrast } from '../brandSchema';
import { DEFAULT_TEAM_PLAN_HEADING } from './defaults';
import { Colour, Slug, Text } from './text';

/** One answer a user can give to a criterion. */
export const ResponseOption = z.strictObject({
  id: Slug.describe('Saved answers hold it. Required.'),
  label: Text.describe('The words beside the radio button or checkbox. Required.'),
  meets: z.boolean().default(false).describe('Choosing it means the criterion is met. Default: false.'),
  plans: z.boolean().default(false).describe('Choosing it counts as an action in place for an unmet criterion (a planned activity). Default: false.'),
});

/** A text box beside each criterion: evidence, an action, a summary of current practice. */
export const Field = z.strictObject({
  id: Slug.describe('Saved answers key the text by it. Required.'),
  label: Text.describe("The box's label. Required."),
  purpose: z
    .enum(['evidence', 'action', 'note'], { error: 'must be "evidence", "action" or "note"' })
    .default('note')
    .describe('What the words count as: evidence for a met criterion, an action for an unmet one, or neither. Default: "note".'),
  show: z
    .enum(['always', 'unmet'], { error: 'must be "always" or "unmet"' })
    .default('always')
    .describe('"always", or only once a criterion is answered and "unmet". Default: "always".'),
});

/** How each criterion of a level is answered. */
export const Responses = z.strictObject({
  mode: z
    .enum(['one', 'any'], { error: 'must be "one" (choose one) or "any" (tick any that apply)' })
    .describe('"one": a single choice (radio buttons); "any": tick any that apply (checkboxes). Required.'),
  options: z.array(ResponseOption).min(2, { error: 'needs at least two options' }).describe('The answers, in order. Required, at least two.'),
});

/** How a level's criteria add up to the award. */
export const AwardRule = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('bestFit').describe('Most criteria met, judged on the whole.'),
      mostMoreThan: z
        .number({ error: 'must be a number such as 0.5' })
        .min(0, { error: 'must be between 0 and 1, e.g. 0.5 for "more than half"' })
        .max(0.99, { error: 'must be between 0 and 1, e.g. 0.5 for "more than half"' })
        .default(0.5)
        .describe('"Most" means strictly more than this share of the criteria. Default: 0.5 (more than half).'),
      actionsForUnmet: z.boolean().default(true).describe('Every unmet criterion needs an action in place. Default: true.'),
    }),
    z.strictObject({
      kind: z.literal('allMet').describe('Every criterion met.'),
    }),
  ],
  { error: 'needs "kind": "bestFit" or "allMet"' },
);

/** What the tool checks to say a level's own requirement is in hand. */
export const Check = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('allAnswered') }).describe('Every criterion of the level has an answer.'),
    z.strictObject({ kind: z.literal('evidenceForMet') }).describe('Every met criterion has an evidence note.'),
    z
      .strictObject({ kind: z.literal('optionChosen'), option: Slug.describe("The id of one of the level's response options. Required.") })
      .describe('At least one criterion is answered with this option (an option id of the level).'),
    z
      .strictObject({ kind: z.literal('recorded'), prompt: Text.describe('The question the school answers in words. Required.') })
      .describe('The school records it in words, in answer to the prompt.'),
  ],
  { error: 'needs "kind": one of "allAnswered", "evidenceForMet", "optionChosen" or "recorded"' },
);

/** A requirement of a level in the source's words, beside its criteria. */
export const Requirement = z.strictObject({
  id: Slug.describe('Saved answers key any recorded text by it. Required.'),
  text: Text.describe("The source's words. Required."),
  checks: z.array(Check).default([]).describe('What the tool checks; none means the assessor checks it at the visit. Default: none.'),
});

/** A level's badge colours; the text must keep WCAG AA contrast (4.5:1) against the background. */
export const Badge = z
  .strictObject({
    background: Colour.describe("The badge's background. Required."),
    text: Colour.describe("The badge's text. Required."),
  })
  .superRefine(({ background, text }, ctx) => {
    const ratio = contrast(background, text);
    if (ratio < 4.5) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: `${text} text on a ${background} background has a contrast of ${ratio.toFixed(1)}:1; WCAG AA needs 4.5:1 for text, so make one darker and the other lighter`,
      });
    }
  });

/** How the team page combines a level's self-assessment files. */
export const Team = z.strictObject({
  answeredBy: z
    .enum(['people', 'schools'], { error: 'must be "people" (colleagues in one school) or "schools" (the schools of a group)' })
    .default('people')
    .describe(
      'Who answers the level: "people", colleagues in one school, or "schools", the schools of a group, each file one school\'s answers. For schools the team page shows each school\'s answers side by side and lists the criteria the group does not agree it meets. Default: "people".',
    ),
  planHeading: Text.default(DEFAULT_TEAM_PLAN_HEADING).describe(
    'The heading of that list, in the mark\'s words. Default: "What the action plan should address".',
  ),
});

/** One level (or stage, or tier) of a mark with its criteria, its rule and how it is answered. */
export const Level = z.strictObject({
  id: Slug.describe("In the level's URLs and saved answers. Required."),
  name: Text.describe('The level\'s name, as its badge shows it: "Level one". Required.'),
  scope: Text.describe('Who or where it is about: "Whole school". Required.'),
  basis: Text.describe("What the level is based on, in the source's words. Required."),
  gridTitle: Text.describe("The grid's own heading in the source. Required."),
  prerequisite: Text.optional().describe("The source's note on what must come first, verbatim. Default: none."),
  references: z.array(Text).default([]).describe('Publications the source points to for this level. Default: none.'),
  requirements: z.array(Requirement).default([]).describe('What the school must show beside the criteria. Default: none.'),
  rule: AwardRule.describe('How the criteria add up to the award. Required.'),
  responses: Responses.describe('How each criterion is answered. Required.'),
  fields: z
    .array(Field)
    .default([
      { id: 'evidence', label: 'Evidence', purpose: 'evidence', show: 'always' },
      { id: 'action', label: 'Action to achieve it', purpose: 'action', show: 'unmet' },
    ])
    .describe('Text boxes beside each criterion. Default: an evidence note, and an action once a criterion is unmet.'),
  criteria: Criteria.describe('The criteria, in one of four shapes. Required.'),
  gridNote: Text.optional().describe("A note under the grid in the source's spirit, e.g. that its statements are only examples. Default: none."),
  badge: Badge.optional().describe("The colours of the level's badge. Default: the site's accent colour, as for every badge."),
  team: Team.default({ answeredBy: 'people', planHeading: DEFAULT_TEAM_PLAN_HEADING }).describe(
    "How the team page combines the level's files. Default: colleagues' answers in one school.",
  ),
});

/** A level as the site uses it, defaults filled in. */
export type Level = z.output<typeof Level>;
/** A level's award rule. */
export type AwardRule = z.output<typeof AwardRule>;
/** A requirement beside a level's criteria. */
export type Requirement = z.output<typeof Requirement>;
/** What the tool checks for a requirement. */
export type Check = z.output<typeof Check>;
/** One answer a criterion can be given. */
export type ResponseOption = z.output<typeof ResponseOption>;
/** A text box beside each criterion. */
export type Field = z.output<typeof Field>;
/** A level's badge colours. */
export type Badge = z.output<typeof Badge>;
/** How the team page combines a level's files. */
export type Team = z.output<typeof Team>;
