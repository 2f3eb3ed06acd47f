import { levelCriteria } from '../criteria';
import type { Mark } from '../schema';
import type { MarkData } from './format';
import type { MarkKind } from './kinds';
import { answered, entriesOf, isRequirementNote } from './entries';

/** What one line of the check counts: a kind, with a level's requirement notes on a line apart from the criteria answered. */
export type CheckLine = MarkKind | 'requirementNotes';

/** What replacing one kind of saved data would do, counted against what the device really holds. */
export interface KindChange {
  kind: MarkKind;
  /** What the line counts: the kind, or for answers, the criteria (kind 'answers') and the requirement notes apart. */
  line: CheckLine;
  /** Entries the file holds: criteria answered, items rated, responses, survey groups. */
  inFile: number;
  /** Entries in the file that this device does not hold: they will be added. */
  added: number;
  /** Entries on both sides that differ: these will be replaced. */
  differ: number;
  /** Entries on both sides that are the same: nothing changes for them. */
  same: number;
  /** Entries only on this device: they will be removed. */
  onlyHere: number;
  /** The ids of the entries replaced, then of those removed, for the list shown on request. */
  changedIds: string[];
  removedIds: string[];
}

/**
 * What replacing the device's data with the file's would change, kind by kind, for the kinds the
 * file holds: what is added, replaced, left the same and removed. The same check serves a file, a
 * shared link and a team's agreed answers (whose "file" is the device's data with one level moderated).
 */
export function describeChanges(onDevice: MarkData, inFile: MarkData): KindChange[] {
  return (
    (Object.keys(inFile) as MarkKind[])
      .filter((kind) => inFile[kind] !== undefined)
      .flatMap((kind) => {
        const here = entriesOf(kind, onDevice);
        const there = entriesOf(kind, inFile);
        if (kind !== 'answers') return [change(kind, kind, here, there)];
        // "48 criteria answered" means 48 statements: a level's requirement notes are counted on a line of their own.
        const part = (entries: Map<string, string>, notes: boolean) => new Map([...entries].filter(([id]) => isRequirementNote(id) === notes));
        return [change(kind, kind, part(here, false), part(there, false)), change(kind, 'requirementNotes', part(here, true), part(there, true))];
      })
      // A kind empty in the file and on the device changes nothing worth a line (a plan never started, no snapshots).
      .filter((change) => change.inFile > 0 || change.onlyHere > 0)
  );
}

/** One line of the check: the entries of the file against those of the device. */
function change(kind: MarkKind, line: CheckLine, here: Map<string, string>, there: Map<string, string>): KindChange {
  const changedIds: string[] = [];
  let added = 0;
  let same = 0;
  for (const [id, value] of there)
    if (!here.has(id)) added += 1;
    else if (here.get(id) !== value) changedIds.push(id);
    else same += 1;
  const removedIds = [...here.keys()].filter((id) => !there.has(id));
  return { kind, line, inFile: there.size, added, differ: changedIds.length, same, onlyHere: removedIds.length, changedIds, removedIds };
}

/** An entry the file holds for something this revision of the mark does not have: kept, listed, not counted. */
export interface UnknownEntry {
  kind: MarkKind;
  /** The level it was given under, for answers. */
  level?: string;
  id: string;
}

/** Entries for criteria, levels, items or groups the mark does not have (a file from another revision). */
export function unknownEntries(mark: Mark, data: MarkData): UnknownEntry[] {
  const unknown: UnknownEntry[] = [];
  for (const [levelId, answers] of Object.entries(data.answers?.levels ?? {})) {
    const level = mark.levels.find((l) => l.id === levelId);
    const criteria = new Set(level ? levelCriteria(level).map((c) => c.statement.id) : []);
    const requirements = new Set(level?.requirements.map((r) => r.id) ?? []);
    for (const [id, answer] of Object.entries(answers.criteria))
      if (!criteria.has(id) && answered(answer)) unknown.push({ kind: 'answers', level: levelId, id });
    for (const [id, text] of Object.entries(answers.requirements))
      if (!requirements.has(id) && text.trim() !== '') unknown.push({ kind: 'answers', level: levelId, id });
  }
  const items = new Set(mark.ratings?.items.map((i) => i.id) ?? []);
  for (const id of Object.keys(data.audit?.items ?? {})) if (!items.has(id)) unknown.push({ kind: 'audit', id });
  for (const id of Object.keys(data.questionnaire?.ratings ?? {})) if (!items.has(id)) unknown.push({ kind: 'questionnaire', id });
  const groups = new Set(mark.surveys?.groups.map((g) => g.id) ?? []);
  for (const id of Object.keys(data.surveys?.groups ?? {})) if (!groups.has(id)) unknown.push({ kind: 'surveys', id });
  return unknown;
}
