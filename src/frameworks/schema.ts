import { z } from 'zod';
import { listCriteria } from './criteria';

/** A lower-case slug used in URLs and saved answers: "bronze", "flt-1-middle". */
const Slug = z.string({ error: 'must be a text slug such as "bronze"' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be a lower-case slug such as "bronze" or "flt-1-middle" (letters, digits and single hyphens)',
});

/** Published text: never empty, since an empty cell would read as a criterion with no words. */
const Text = z.string({ error: 'must be text in quotes' }).trim().min(1, { error: 'is empty; add the text from the source document' });

/** One criterion as the source words it: a statement, an activity or an element. */
export const Statement = z.strictObject({
  /** Unique within the mark; saved answers are keyed by it, so never reuse one for other words. */
  id: Slug,
  /** The source's words, verbatim but for cleaned extraction artefacts. */
  text: Text,
  /** Sub-items the source lists under this statement. Default: none. */
  items: z.array(Text).optional(),
  /** Where the text was corrected from the source, what and why; shown on the page. */
  correction: Text.optional(),
  /** Where the words come from when not the mark's own source document: a cited public page. */
  citation: Text.optional(),
});

const Role = z.strictObject({ id: Slug, label: Text });

/** Statements by area and role, e.g. Bronze: each row holds one statement per role. */
const RoleGrid = z.strictObject({
  kind: z.literal('roleGrid'),
  roles: z.array(Role).min(1, { error: 'needs at least one role' }),
  areas: z
    .array(
      z.strictObject({
        label: Text,
        /** Each row maps a role id to that role's statement. */
        rows: z.array(z.record(z.string(), Statement)).min(1, { error: 'needs at least one row' }),
      }),
    )
    .min(1, { error: 'needs at least one area' }),
});

/** A flat list of statements answered on the level's scale, e.g. Silver: agree / unsure / disagree. */
const Statements = z.strictObject({
  kind: z.literal('statements'),
  statements: z.array(Statement).min(1, { error: 'needs at least one statement' }),
});

/** Activities grouped by role, answered by time period, e.g. Gold: within last 3 years / current / future. */
const RoleActivities = z.strictObject({
  kind: z.literal('roleActivities'),
  roles: z
    .array(
      Role.extend({
        activities: z.array(Statement).min(1, { error: 'needs at least one activity' }),
      }),
    )
    .min(1, { error: 'needs at least one role' }),
});

/** A numbered list of elements, each of which must be met, e.g. the 10 elements. */
const Elements = z.strictObject({
  kind: z.literal('elements'),
  elements: z.array(Statement).min(1, { error: 'needs at least one element' }),
});

export const Criteria = z.discriminatedUnion('kind', [RoleGrid, Statements, RoleActivities, Elements], {
  error: 'needs "kind": one of "roleGrid", "statements", "roleActivities" or "elements"',
});

/** One answer a user can give to a criterion. */
const ResponseOption = z.strictObject({
  id: Slug,
  label: Text,
  /** Choosing it means the criterion is met. Default: false. */
  meets: z.boolean().default(false),
  /** Choosing it counts as an action in place for an unmet criterion (a planned activity). Default: false. */
  plans: z.boolean().default(false),
});

/** A text box beside each criterion: evidence, an action, a summary of current practice. */
const Field = z.strictObject({
  id: Slug,
  label: Text,
  /** What the words count as: evidence for a met criterion, an action for an unmet one, or neither. Default: "note". */
  purpose: z.enum(['evidence', 'action', 'note'], { error: 'must be "evidence", "action" or "note"' }).default('note'),
  /** "always", or only once a criterion is answered and "unmet". Default: "always". */
  show: z.enum(['always', 'unmet'], { error: 'must be "always" or "unmet"' }).default('always'),
});

/** How each criterion of a level is answered. */
const Responses = z.strictObject({
  /** "one": a single choice (radio buttons); "any": tick any that apply (checkboxes). */
  mode: z.enum(['one', 'any'], { error: 'must be "one" (choose one) or "any" (tick any that apply)' }),
  options: z.array(ResponseOption).min(2, { error: 'needs at least two options' }),
});

/** How a level's criteria add up to the award. */
export const AwardRule = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('bestFit'),
      /** "Most" means strictly more than this share of the criteria. Default: 0.5 (more than half). */
      mostMoreThan: z
        .number({ error: 'must be a number such as 0.5' })
        .min(0, { error: 'must be between 0 and 1, e.g. 0.5 for "more than half"' })
        .max(0.99, { error: 'must be between 0 and 1, e.g. 0.5 for "more than half"' })
        .default(0.5),
      /** Every unmet criterion needs an action in place. Default: true. */
      actionsForUnmet: z.boolean().default(true),
    }),
    z.strictObject({ kind: z.literal('allMet') }),
  ],
  { error: 'needs "kind": "bestFit" or "allMet"' },
);

/** What the tool checks to say a level's own requirement is in hand. */
const Check = z.discriminatedUnion(
  'kind',
  [
    /** Every criterion of the level has an answer. */
    z.strictObject({ kind: z.literal('allAnswered') }),
    /** Every met criterion has an evidence note. */
    z.strictObject({ kind: z.literal('evidenceForMet') }),
    /** At least one criterion is answered with this option. */
    z.strictObject({ kind: z.literal('optionChosen'), option: Slug }),
    /** The school records it in words, in answer to the prompt. */
    z.strictObject({ kind: z.literal('recorded'), prompt: Text }),
  ],
  { error: 'needs "kind": one of "allAnswered", "evidenceForMet", "optionChosen" or "recorded"' },
);

/** A requirement of a level in the source's words, beside its criteria. */
const Requirement = z.strictObject({
  id: Slug,
  text: Text,
  /** What the tool checks; none means the assessor checks it at the visit. Default: none. */
  checks: z.array(Check).default([]),
});

export const Level = z.strictObject({
  id: Slug,
  /** "Bronze". */
  name: Text,
  /** Who or where it is about: "School level". */
  scope: Text,
  /** What the level is based on, in the source's words. */
  basis: Text,
  /** The grid's own heading in the source. */
  gridTitle: Text,
  /** The source's note on what must come first, verbatim. */
  prerequisite: Text.optional(),
  /** Publications the source points to for this level. Default: none. */
  references: z.array(Text).default([]),
  requirements: z.array(Requirement).default([]),
  rule: AwardRule,
  responses: Responses,
  /** Text boxes beside each criterion. Default: an evidence note, and an action once a criterion is unmet. */
  fields: z.array(Field).default([
    { id: 'evidence', label: 'Evidence', purpose: 'evidence', show: 'always' },
    { id: 'action', label: 'Action to achieve it', purpose: 'action', show: 'unmet' },
  ]),
  criteria: Criteria,
});

/** Statements rated on a numeric scale by leaders (an audit) and by staff (a questionnaire). */
export const Ratings = z.strictObject({
  /** Lowest value first; a higher value means stronger. */
  scale: z
    .array(z.strictObject({ value: z.number().int({ error: 'must be a whole number' }), label: Text }))
    .min(2, { error: 'needs at least two points' }),
  /** Where the scale comes from, or that the source names none. */
  scaleNote: Text,
  /** Leaders and staff disagree when their ratings of an item differ by at least this much. */
  disagreementAt: z.number().positive({ error: 'must be more than 0, e.g. 1 for one point on the scale' }),
  items: z
    .array(
      z.strictObject({
        id: Slug,
        /** The approach's short name: "Pupil voice". */
        approach: Text,
        /** The statement people rate, kept close to the source sentence. */
        prompt: Text,
        /** The source sentence the prompt is phrased from, verbatim. */
        source: Text,
      }),
    )
    .min(1, { error: 'needs at least one item' }),
});

/** Stakeholder surveys whose results a school records or imports from an online form's CSV. */
export const Surveys = z.strictObject({
  groups: z.array(Role).min(1, { error: 'needs at least one group' }),
  /** Answers that count as agreeing, as written in a form's export: "Strongly agree", "Agree". */
  agreeAnswers: z.array(Text).min(1, { error: 'needs at least one answer that counts as agreeing' }),
  /** Every other answer a question may have: "Disagree", "Don't know". */
  otherAnswers: z.array(Text).min(1, { error: 'needs the answers that do not count as agreeing' }),
  /** Columns a form adds that are not questions. Default: "Timestamp". */
  ignoreColumns: z.array(Text).default(['Timestamp']),
});

export const Mark = z
  .strictObject({
    id: Slug,
    name: Text,
    /** For tight spaces: "Wiltshire LSQM". */
    shortName: Text,
    /** Who runs or ran the award. */
    owner: Text,
    /** One sentence for lists and meta descriptions. */
    summary: Text,
    version: Text,
    source: z.strictObject({
      /** The seed file the criteria were taken from. */
      file: Text,
      title: Text,
      date: Text,
    }),
    /** Who really decides, shown beside every self-assessment result, which is only indicative. */
    decidedBy: Text,
    /** How the readiness result reads; "{level}" is replaced by the level's name. */
    readiness: z
      .strictObject({ reached: Text, notReached: Text })
      .default({ reached: 'The school could be nominated for {level}.', notReached: 'The school is not yet ready for {level}.' }),
    /** What the mark calls its levels: "level" (Bronze, Silver…) or "stage" (Approved, Champion…). Default: "level". */
    levelNoun: z.enum(['level', 'stage'], { error: 'must be "level" or "stage"' }).default('level'),
    /** Levels must be met in order: a level counts only when every level below it is met. */
    sequential: z.boolean(),
    /** Award levels with their criteria. Default: none, for a framework that is not an award. */
    levels: z.array(Level).default([]),
    /** An audit and questionnaire rated on a scale, combined into priorities. */
    ratings: Ratings.optional(),
    /** Stakeholder surveys summarised by group. */
    surveys: Surveys.optional(),
  })
  .superRefine((mark, ctx) => {
    if (mark.levels.length === 0 && !mark.ratings && !mark.surveys) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels'],
        message: 'is empty and the mark has no "ratings" or "surveys", so the site would have nothing to assess; add levels or a tool',
      });
    }
    if (mark.ratings) {
      const seen = new Set<string>();
      mark.ratings.items.forEach((item, i) => {
        if (seen.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: ['ratings', 'items', i, 'id'], message: `repeats item id "${item.id}"; give each item its own` });
        }
        seen.add(item.id);
      });
    }
    const levelIds = new Set<string>();
    const criterionIds = new Map<string, string>();
    mark.levels.forEach((level, li) => {
      if (levelIds.has(level.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', li, 'id'],
          message: `repeats level id "${level.id}"; give each level its own id`,
        });
      }
      levelIds.add(level.id);

      for (const { path, statement } of listCriteria(level.criteria)) {
        const earlier = criterionIds.get(statement.id);
        if (earlier !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['levels', li, 'criteria', ...path, 'id'],
            message: `repeats criterion id "${statement.id}" (already used in level "${earlier}"); saved answers are keyed by id, so give each criterion its own`,
          });
        }
        criterionIds.set(statement.id, level.id);
      }

      if (level.criteria.kind === 'roleGrid') {
        const roleIds = level.criteria.roles.map((r) => r.id);
        level.criteria.areas.forEach((area, ai) =>
          area.rows.forEach((row, ri) => {
            const keys = Object.keys(row);
            const missing = roleIds.filter((r) => !keys.includes(r));
            const extra = keys.filter((k) => !roleIds.includes(k));
            if (missing.length > 0 || extra.length > 0) {
              ctx.addIssue({
                code: 'custom',
                path: ['levels', li, 'criteria', 'areas', ai, 'rows', ri],
                message:
                  `has statements for ${keys.map((k) => `"${k}"`).join(', ') || 'no role'} but the roles are ` +
                  `${roleIds.map((r) => `"${r}"`).join(', ')}; give each row one statement per role`,
              });
            }
          }),
        );
      }

      const optionIds = level.responses.options.map((o) => o.id);
      if (!level.responses.options.some((o) => o.meets)) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', li, 'responses', 'options'],
          message: 'has no option with "meets": true, so no criterion could ever be met; mark the option that means met',
        });
      }
      level.requirements.forEach((req, ri) =>
        req.checks.forEach((check, ci) => {
          if (check.kind === 'evidenceForMet' && !level.fields.some((f) => f.purpose === 'evidence')) {
            ctx.addIssue({
              code: 'custom',
              path: ['levels', li, 'requirements', ri, 'checks', ci],
              message: 'asks for evidence but the level has no field with "purpose": "evidence"; add one to "fields"',
            });
          }
          if (check.kind === 'optionChosen' && !optionIds.includes(check.option)) {
            ctx.addIssue({
              code: 'custom',
              path: ['levels', li, 'requirements', ri, 'checks', ci, 'option'],
              message: `names option "${check.option}", which this level does not have; use one of ${optionIds.map((o) => `"${o}"`).join(', ')}`,
            });
          }
        }),
      );
    });
  });

export type MarkInput = z.input<typeof Mark>;
export type Mark = z.output<typeof Mark>;
export type Level = z.output<typeof Level>;
export type Criteria = z.output<typeof Criteria>;
export type Statement = z.output<typeof Statement>;
export type AwardRule = z.output<typeof AwardRule>;
export type Requirement = Level['requirements'][number];
export type Check = Requirement['checks'][number];
export type ResponseOption = Level['responses']['options'][number];
export type Field = Level['fields'][number];
export type Ratings = z.output<typeof Ratings>;
export type RatingItem = Ratings['items'][number];
export type Surveys = z.output<typeof Surveys>;
