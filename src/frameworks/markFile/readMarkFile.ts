import type { Mark } from '../schema';
import { migrations } from '../saved/migrations';
import { auditOnScale, questionnaireOnScale, responsesOnScale } from '../saved/onScale';
import type { SavedCheck } from '../saved/decodeSaved';
import { isRecord, readShape, UNREADABLE, type JsonShape } from '../saved/readShape';
import type { MarkFile } from './format';
import { MARK_FILE_FORMAT, MARK_FILE_MAX_BYTES, MARK_KINDS, type MarkKind } from './kinds';

/** Why a file was refused; nothing on the device is touched. */
export type Refusal =
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'notJson' }
  | { kind: 'notRecognised' }
  | { kind: 'otherMark'; markName: string }
  | { kind: 'newer' }
  | { kind: 'damaged'; where: string };

export type ReadMarkFile = { ok: true; file: MarkFile } | { ok: false; refusal: Refusal };

/**
 * The zod shapes of format.ts as plain data (src/integrations/savedShapes.ts serves them to the
 * browser), so opening a file costs the page no zod: the envelope, and each kind's current shape.
 */
export interface MarkFileShapes {
  envelope: JsonShape;
  kinds: Record<MarkKind, JsonShape>;
}

const refuse = (refusal: Refusal): ReadMarkFile => ({ ok: false, refusal });
const damaged = (where: string): ReadMarkFile => refuse({ kind: 'damaged', where });

/**
 * Checks a self-assessment file completely before anything is replaced: that it is one, for this
 * mark, in a layout this release reads, with every answer in its shape and every rating on the
 * mark's scale. Kinds saved by an older release are upgraded as saved data is. Unlike saved data,
 * nothing damaged is dropped: a file is refused whole, and the user opens a good copy.
 */
export function readMarkFile(text: string, mark: Mark, shapes: MarkFileShapes): ReadMarkFile {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MARK_FILE_MAX_BYTES) return refuse({ kind: 'tooLarge', bytes });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse({ kind: 'notJson' });
  }
  if (!isRecord(raw) || raw.format !== MARK_FILE_FORMAT) return refuse({ kind: 'notRecognised' });
  if (typeof raw.version === 'number' && raw.version > 1) return refuse({ kind: 'newer' });
  const envelope = readShape(shapes.envelope, raw);
  if (envelope === UNREADABLE || !isRecord(envelope)) return damaged(whereDamaged(shapes.envelope, raw));
  const file = envelope as MarkFile & { data: Record<string, unknown> };
  if (Number.isNaN(Date.parse(file.savedAt))) return damaged('savedAt');
  if (file.mark.id !== mark.id) return refuse({ kind: 'otherMark', markName: file.mark.name });

  const data: Record<string, unknown> = {};
  for (const [kind, saved] of Object.entries(file.data)) {
    if (!(MARK_KINDS as readonly string[]).includes(kind) || !isRecord(saved)) return damaged(`data.${kind}`);
    const read = readKind(kind as MarkKind, saved, mark, shapes.kinds[kind as MarkKind]);
    if (read === 'newer') return refuse({ kind: 'newer' });
    if (read === UNREADABLE) return damaged(`data.${kind}`);
    data[kind] = read;
  }
  return { ok: true, file: { ...file, data } };
}

/** The first field of the envelope that does not read (`data.<kind>` for a kind), to name in the refusal. */
function whereDamaged(envelope: JsonShape, raw: Record<string, unknown>): string {
  for (const [field, shape] of Object.entries(envelope.properties ?? {})) {
    const missing = raw[field] === undefined;
    const fits = missing ? shape.default !== undefined || envelope.required?.includes(field) !== true : readShape(shape, raw[field]) !== UNREADABLE;
    if (fits) continue;
    const data = raw[field];
    if (field !== 'data' || !isRecord(data)) return field;
    const kind = Object.keys(data).find((key) => readShape(shape, { [key]: data[key] }) === UNREADABLE);
    return kind === undefined ? field : `data.${kind}`;
  }
  return 'its layout';
}

function readKind(kind: MarkKind, saved: Record<string, unknown>, mark: Mark, shape: JsonShape): unknown {
  const current = shape.properties?.version?.const as number;
  if (typeof saved.version !== 'number') return UNREADABLE;
  if (saved.version > current) return 'newer';
  let upgraded: unknown = saved;
  while (isRecord(upgraded) && typeof upgraded.version === 'number' && upgraded.version < current) {
    const step = migrations[kind]?.[upgraded.version];
    if (!step) return UNREADABLE;
    upgraded = step(upgraded);
  }
  const dropped = { count: 0 };
  const read = readShape(shape, upgraded, dropped);
  if (read === UNREADABLE || dropped.count > 0) return UNREADABLE;
  const check = onScale(kind, mark) as SavedCheck<unknown> | undefined;
  return check && check(read).dropped > 0 ? UNREADABLE : read;
}

function onScale(kind: MarkKind, mark: Mark) {
  const scale = mark.ratings?.scale.map((point) => point.value) ?? [];
  if (kind === 'audit') return auditOnScale(scale);
  if (kind === 'questionnaire') return questionnaireOnScale(scale);
  if (kind === 'responses') return responsesOnScale(scale);
  return undefined;
}
