import { z } from 'zod';
import { MarkAnswers } from './answers';
import { AuditRatings, QuestionnaireAnswers } from './auditRatings';
import { CollectedResponses } from './collectedResponses';
import type { JsonShape } from './readShape';
import { PlanDetails, Snapshots } from './planDetails';
import { PersonDetails } from './personDetails';
import { SchoolDetails } from './schoolDetails';
import { SurveyFigures } from './surveyFigures';
import { TeamWork } from './teamWork';

/**
 * Every kind of data the tools save, by the name in its storage key (`qmh:<kind>:<mark-id>`) and
 * in a self-assessment file. Each shape carries a `version`: a newer one is never overwritten.
 */
export const savedShapes = {
  answers: MarkAnswers,
  audit: AuditRatings,
  questionnaire: QuestionnaireAnswers,
  responses: CollectedResponses,
  surveys: SurveyFigures,
  school: SchoolDetails,
  person: PersonDetails,
  plan: PlanDetails,
  snapshots: Snapshots,
  team: TeamWork,
};

export type SavedKind = keyof typeof savedShapes;
export type SavedValue<K extends SavedKind> = z.output<(typeof savedShapes)[K]>;

/** A shape as plain data for the browser's reader (see readShape.ts); the build serves it as `virtual:qmh/saved-shape/<kind>`. */
export const shapeData = (kind: SavedKind): JsonShape => jsonShapeOf(savedShapes[kind]);

/** Any zod shape as plain data for the browser's reader: the saved kinds, and the self-assessment file's envelope. */
export const jsonShapeOf = (schema: z.ZodType): JsonShape => slim(z.toJSONSchema(schema, { io: 'input' })) as JsonShape;

// What the reader ignores costs the page bytes: JSON Schema's bookkeeping and int's ±2^53 bounds.
const IGNORED = new Set(['$schema', 'propertyNames']);
function slim(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(slim);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !IGNORED.has(key) && !(typeof value === 'number' && Math.abs(value) >= Number.MAX_SAFE_INTEGER))
      .map(([key, value]) => [key, slim(value)]),
  );
}
