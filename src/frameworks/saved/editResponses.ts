import type { CollectedResponses, StaffResponse } from './collectedResponses';

/** Adds responses, skipping any already collected (the same file dropped twice). Returns how many were new. */
export function addResponses(collected: CollectedResponses, incoming: StaffResponse[]): { data: CollectedResponses; added: number } {
  const seen = new Set(collected.responses.map((r) => r.id));
  const fresh = incoming.filter((r) => !seen.has(r.id) && seen.add(r.id));
  return { data: { ...collected, responses: [...collected.responses, ...fresh] }, added: fresh.length };
}
