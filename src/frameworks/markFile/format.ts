import { z } from 'zod';
import { MarkAnswers } from '../saved/answers';
import { AuditRatings, QuestionnaireAnswers } from '../saved/auditRatings';
import { CollectedResponses } from '../saved/collectedResponses';
import { FilePerson } from '../saved/personDetails';
import { PlanDetails, Snapshots } from '../saved/planDetails';
import { SurveyFigures } from '../saved/surveyFigures';
import { TeamWork } from '../saved/teamWork';
import { MARK_FILE_FORMAT, MARK_KINDS, type MarkKind } from './kinds';

// Loaded only when someone opens a file or a shared link, so zod never weighs on page load.

/** A mark's saved kinds, each in the shape it is kept in on the device (src/frameworks/saved). */
export const markKindShapes = {
  answers: MarkAnswers,
  audit: AuditRatings,
  questionnaire: QuestionnaireAnswers,
  responses: CollectedResponses,
  surveys: SurveyFigures,
  plan: PlanDetails,
  snapshots: Snapshots,
  team: TeamWork,
} satisfies Record<MarkKind, z.ZodType>;

/** Everything saved for a mark: each kind the mark has, in its current shape. */
export const MarkData = z.strictObject({
  answers: MarkAnswers.optional(),
  audit: AuditRatings.optional(),
  questionnaire: QuestionnaireAnswers.optional(),
  responses: CollectedResponses.optional(),
  surveys: SurveyFigures.optional(),
  plan: PlanDetails.optional(),
  snapshots: Snapshots.optional(),
  team: TeamWork.optional(),
});

/**
 * A self-assessment file: one mark's answers, notes, actions, ratings, collected responses and
 * survey figures, as a school hands them to a colleague, an adviser or an assessor, or moves them to
 * another computer. A kind saved by an older release keeps its older `version` and is upgraded on
 * opening; answers to criteria the mark no longer has stay in the file.
 */
export const MarkFile = z.strictObject({
  format: z.literal(MARK_FILE_FORMAT),
  /** The file's own layout; a newer one is refused rather than half read. */
  version: z.literal(1),
  mark: z.strictObject({
    /** The mark's id: a file opens only on its own mark's pages. */
    id: z.string().min(1),
    /** The mark's name, to say which mark a refused file is for. */
    name: z.string(),
    /** The definition's revision the answers were given against (see the definition's `revision`). */
    revision: z.int().positive(),
  }),
  /** When the file was saved (ISO 8601, UTC). */
  savedAt: z.iso.datetime(),
  /** The school's name, if the user gave one. Default: none. */
  school: z.string().default(''),
  /** Who saved it, if they gave their name and role: the team page names their answers and notes by it. Default: none. */
  person: FilePerson,
  data: MarkData,
});

export type MarkData = z.output<typeof MarkData>;
export type MarkFile = z.output<typeof MarkFile>;
export type { MarkKind };

/** A file as first read: each kind is checked on its own, after any upgrade from an older version. */
export const MarkFileEnvelope = MarkFile.extend({
  data: z.partialRecord(z.enum(MARK_KINDS), z.looseObject({ version: z.int() })),
});
