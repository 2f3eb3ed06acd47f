import type { MarkData } from './format';
import type { MarkKind } from './kinds';

// Without the criteria: the files page counts what is on the device with this, before anything else loads.

/** Each kind's entries by id, as the comparison reads them. */
export function entriesOf(kind: MarkKind, data: MarkData): Map<string, string> {
  const entries = new Map<string, string>();
  const add = (id: string, value: unknown) => entries.set(id, JSON.stringify(value));
  if (kind === 'answers')
    for (const [levelId, level] of Object.entries(data.answers?.levels ?? {})) {
      for (const [id, answer] of Object.entries(level.criteria)) if (answered(answer)) add(`${levelId}/${id}`, answer);
      for (const [id, text] of Object.entries(level.requirements)) if (text.trim() !== '') add(`${levelId}/requirement/${id}`, text);
    }
  if (kind === 'audit')
    for (const [id, entry] of Object.entries(data.audit?.items ?? {})) if (entry.rating !== undefined || entry.evidence !== '') add(id, entry);
  if (kind === 'questionnaire') for (const [id, rating] of Object.entries(data.questionnaire?.ratings ?? {})) add(id, rating);
  if (kind === 'responses') for (const response of data.responses?.responses ?? []) add(response.id, response.ratings);
  if (kind === 'surveys') for (const [id, group] of Object.entries(data.surveys?.groups ?? {})) add(id, group);
  if (kind === 'plan') for (const [id, entry] of Object.entries(data.plan?.rows ?? {})) add(id, entry);
  if (kind === 'snapshots') for (const snapshot of data.snapshots?.snapshots ?? []) add(snapshot.id, snapshot);
  if (kind === 'team') {
    for (const file of data.team?.files ?? []) add(`file/${file.key}`, file);
    for (const [levelId, choices] of Object.entries(data.team?.choices ?? {}))
      for (const [id, choice] of Object.entries(choices)) add(`choice/${levelId}/${id}`, choice);
  }
  return entries;
}

/** Whether an answers entry is a note on a level's requirement (its impact, say) rather than a criterion answered. */
export const isRequirementNote = (id: string): boolean => id.includes('/requirement/');

export const answered = (answer: { response: string[]; texts: Record<string, string> }) =>
  answer.response.length > 0 || Object.values(answer.texts).some((text) => text.trim() !== '');

/** How many entries of a kind the data holds: criteria answered (a level's requirement notes apart), items rated, responses, survey groups. */
export const countEntries = (kind: MarkKind, data: MarkData): number =>
  [...entriesOf(kind, data).keys()].filter((id) => !isRequirementNote(id)).length;

/** How many notes on levels' requirements the answers hold. */
export const countRequirementNotes = (data: MarkData): number => [...entriesOf('answers', data).keys()].filter(isRequirementNote).length;
