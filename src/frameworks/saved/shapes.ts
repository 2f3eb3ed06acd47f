import { z } from 'zod';
import { MarkAnswers } from './answers';
import { AuditRatings, QuestionnaireAnswers } from './auditRatings';
import { CollectedResponses } from './collectedResponses';
import { READABLE_FORMATS, READER_KEYWORDS, type JsonShape } from './readShape';
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

// What the reader need not see costs the page bytes: JSON Schema's bookkeeping, int's ±2^53 bounds
// (the reader holds integers to safe ones) and the names of a record's keys where any text is allowed.
const ANNOTATIONS = new Set(['$schema', 'description', 'title']);
const HELD = new Set<string>(READER_KEYWORDS);
const noRule = (key: string, value: unknown) =>
  ANNOTATIONS.has(key) ||
  (typeof value === 'number' && Math.abs(value) >= Number.MAX_SAFE_INTEGER) ||
  (key === 'propertyNames' && JSON.stringify(value) === '{"type":"string"}');

/**
 * Keeps what the reader needs and refuses, at build, a shape with a rule it cannot hold (a keyword
 * or format readShape.ts does not check), so the browser never accepts what zod would refuse.
 */
function slim(node: unknown, path = '#'): unknown {
  if (Array.isArray(node)) return node.map((item, i) => slim(item, `${path}/${i}`));
  if (typeof node !== 'object' || node === null) return node;
  // zod writes a `pattern` beside each `format` it knows, the same rule as a long expression: the reader checks the format.
  const formatted = 'format' in node && READABLE_FORMATS.includes((node as { format: string }).format);
  const kept = Object.entries(node).filter(([key, value]) => !noRule(key, value) && !(formatted && key === 'pattern'));
  for (const [key, value] of kept) {
    const ruleOf = path.endsWith('/properties') || key === 'const' || key === 'default' || key === 'enum';
    if (ruleOf) continue;
    if (!HELD.has(key))
      throw new Error(
        `The saved shape at ${path} uses "${key}", which the browser's reader (readShape.ts) does not hold: add it there, or use another rule.`,
      );
    if (key === 'format' && !READABLE_FORMATS.includes(value as string))
      throw new Error(`The saved shape at ${path} uses the format "${String(value)}", which the browser's reader (readShape.ts) does not check.`);
    if (key === 'type' && typeof value !== 'string')
      throw new Error(`The saved shape at ${path} has a list of types, which the browser's reader does not hold.`);
  }
  return Object.fromEntries(
    kept.map(([key, value]) => [key, key === 'const' || key === 'default' || key === 'enum' ? value : slim(value, `${path}/${key}`)]),
  );
}
