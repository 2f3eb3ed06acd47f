import type { Mark } from '../schema';
import { migrations } from '../saved/migrations';
import { auditOnScale, questionnaireOnScale, responsesOnScale } from '../saved/onScale';
import type { SavedCheck } from '../saved/decodeSaved';
import { isRecord } from '../saved/readShape';
import { MarkFile, MarkFileEnvelope, markKindShapes } from './format';
import { MARK_FILE_FORMAT, MARK_FILE_MAX_BYTES, type MarkKind } from './kinds';

/** Why a file was refused; nothing on the device is touched. */
export type Refusal =
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'notJson' }
  | { kind: 'notRecognised' }
  | { kind: 'otherMark'; markName: string }
  | { kind: 'newer' }
  | { kind: 'damaged'; where: string };

export type ReadMarkFile = { ok: true; file: MarkFile } | { ok: false; refusal: Refusal };

const refuse = (refusal: Refusal): ReadMarkFile => ({ ok: false, refusal });

/**
 * Checks a self-assessment file completely before anything is replaced: that it is one, for this
 * mark, in a layout this release reads, with every answer in its shape and every rating on the
 * mark's scale. Kinds saved by an older release are upgraded as saved data is.
 */
export function readMarkFile(text: string, mark: Mark): ReadMarkFile {
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
  const envelope = MarkFileEnvelope.safeParse(raw);
  if (!envelope.success) return refuse({ kind: 'damaged', where: where(envelope.error.issues[0]?.path) });
  if (envelope.data.mark.id !== mark.id) return refuse({ kind: 'otherMark', markName: envelope.data.mark.name });

  const data: Record<string, unknown> = {};
  for (const [kind, saved] of Object.entries(envelope.data.data) as [MarkKind, Record<string, unknown>][]) {
    const read = readKind(kind, saved, mark);
    if ('refusal' in read) return refuse(read.refusal);
    data[kind] = read.value;
  }
  const file = MarkFile.safeParse({ ...envelope.data, data });
  return file.success ? { ok: true, file: file.data } : refuse({ kind: 'damaged', where: where(file.error.issues[0]?.path) });
}

function readKind(kind: MarkKind, saved: Record<string, unknown>, mark: Mark): { value: unknown } | { refusal: Refusal } {
  const shape = markKindShapes[kind];
  const current = shape.shape.version.value;
  if ((saved.version as number) > current) return { refusal: { kind: 'newer' } };
  let upgraded: unknown = saved;
  while (isRecord(upgraded) && typeof upgraded.version === 'number' && upgraded.version < current) {
    const step = migrations[kind]?.[upgraded.version];
    if (!step) return { refusal: { kind: 'damaged', where: `data.${kind}.version` } };
    upgraded = step(upgraded);
  }
  const parsed = shape.safeParse(upgraded);
  if (!parsed.success) return { refusal: { kind: 'damaged', where: where(['data', kind, ...(parsed.error.issues[0]?.path ?? [])]) } };
  const check = onScale(kind, mark) as SavedCheck<unknown> | undefined;
  if (check && check(parsed.data).dropped > 0) return { refusal: { kind: 'damaged', where: `data.${kind}` } };
  return { value: parsed.data };
}

function onScale(kind: MarkKind, mark: Mark) {
  const scale = mark.ratings?.scale.map((point) => point.value) ?? [];
  if (kind === 'audit') return auditOnScale(scale);
  if (kind === 'questionnaire') return questionnaireOnScale(scale);
  if (kind === 'responses') return responsesOnScale(scale);
  return undefined;
}

const where = (path: readonly PropertyKey[] | undefined): string => (path && path.length > 0 ? path.map(String).join('.') : 'its layout');
