import type { StaffResponse } from './priorities';

/** The questionnaire responses a leader has collected, as saved in the browser. */
export interface CollectedResponses {
  version: 1;
  responses: StaffResponse[];
}

export const emptyCollected = (): CollectedResponses => ({ version: 1, responses: [] });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readResponse(value: unknown): StaffResponse | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || !isRecord(value.ratings)) return undefined;
  if (!Object.values(value.ratings).every((v) => typeof v === 'number' && Number.isInteger(v))) return undefined;
  return { id: value.id, ratings: { ...(value.ratings as Record<string, number>) } };
}

/** Reads saved responses without throwing; a damaged one is dropped and counted. */
export function decodeCollected(text: string | null | undefined): { data: CollectedResponses; problem?: string } {
  if (!text) return { data: emptyCollected() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { data: emptyCollected(), problem: 'The saved questionnaire responses are not valid JSON, so none could be read.' };
  }
  if (!isRecord(raw) || raw.version !== 1 || !Array.isArray(raw.responses)) {
    return { data: emptyCollected(), problem: 'The saved questionnaire responses are not in a form this site recognises, so none could be read.' };
  }
  const responses = raw.responses.map(readResponse);
  const kept = responses.filter((r): r is StaffResponse => r !== undefined);
  const dropped = responses.length - kept.length;
  const data: CollectedResponses = { version: 1, responses: kept };
  return dropped === 0
    ? { data }
    : { data, problem: `${dropped} saved response${dropped === 1 ? ' was' : 's were'} damaged and could not be read; the rest are kept.` };
}

/** Adds responses, skipping any already collected (the same file dropped twice). Returns how many were new. */
export function addResponses(collected: CollectedResponses, incoming: StaffResponse[]): { data: CollectedResponses; added: number } {
  const seen = new Set(collected.responses.map((r) => r.id));
  const fresh = incoming.filter((r) => !seen.has(r.id) && seen.add(r.id));
  return { data: { version: 1, responses: [...collected.responses, ...fresh] }, added: fresh.length };
}
