import type { MarkAnswers } from '../saved/answers';
import type { PlanDetails } from '../saved/planDetails';
import type { Mark } from '../schema';
import type { TeamSource } from './moderate';
import { answered } from '../markFile/entries';
import { readMarkFile, type MarkFileShapes, type ReadMarkFile, type Refusal } from '../markFile/readMarkFile';

/** A colleague's or a cluster school's file, as it joins the combined view. */
export interface TeamFile {
  /** The file's name as chosen or dropped. */
  name: string;
  /** The school named in the file; empty if none was given. */
  school: string;
  /** Who saved it; empty in a file saved before files carried a name, or by someone who gave none. */
  person: { name: string; role: string };
  savedAt: string;
  /** The definition's revision the answers were given against. */
  revision: number;
  answers: MarkAnswers;
  /** The dates, owners and statuses they gave their actions, if any. */
  plan?: PlanDetails | undefined;
  /** What makes two files the same: the school and the answers (see contentKey), whatever the file's name or when it was saved. */
  key: string;
}

/** Why a file was left out of the combined view; the other files are combined all the same. */
export type TeamProblem =
  | { name: string; kind: 'refused'; refusal: Refusal }
  | { name: string; kind: 'duplicate'; of: string }
  | { name: string; kind: 'empty' }
  /** An earlier save of the same person's answers (same name and school) than `by`: each person is counted once, by their latest. */
  | { name: string; kind: 'earlier'; by: string; person: string };

/** "Ann Patel (Deputy head)", "Ann Patel" or "Deputy head": who saved a file, or empty where it does not say. */
export const personLabel = (person: { name: string; role: string }): string => {
  const name = person.name.trim();
  const role = person.role.trim();
  return name && role ? `${name} (${role})` : name || role;
};

/**
 * How a file is named wherever the team page lists it: by the person who saved it, and by school as
 * well where schools are combined (a cluster); a file that names neither, as older files do, by its file name.
 */
export function teamFileName(file: Pick<TeamFile, 'school' | 'name' | 'person'>, bySchool = false): string {
  const person = personLabel(file.person);
  if (bySchool) return [file.school, person].filter(Boolean).join(': ') || file.name;
  return person || file.name;
}

/**
 * Who wrote a note, as the agreed set credits them: the person, with their school in the same brackets
 * as their role where schools are combined ("Ann Patel (Deputy head, Ash Primary)"), so that the one
 * colon of "<names>: <words>" always ends the names, however many people wrote the same words.
 * A file that names nobody is credited to its school where schools are combined, else its file name.
 */
export function noteAuthor(file: Pick<TeamFile, 'school' | 'name' | 'person'>, bySchool = false): string {
  const school = bySchool ? file.school.trim() : '';
  const name = file.person.name.trim();
  const role = file.person.role.trim();
  const within = [name ? role : '', school].filter(Boolean).join(', ');
  const who = name || role;
  if (who) return within ? `${who} (${within})` : who;
  return school || file.name;
}

/** The files as the agreed set of one level draws on them: each one's answers and plan, credited as `noteAuthor` names them. */
export const teamSources = (files: readonly TeamFile[], levelId: string, bySchool: boolean): TeamSource[] =>
  files.map((file) => {
    const author = noteAuthor(file, bySchool);
    // An owner is named as people type one: "Ann Patel", with her school where schools are combined.
    const name = file.person.name.trim();
    const school = bySchool ? file.school.trim() : '';
    const owner = name && school ? `${name} (${school})` : name || author;
    return { author, answers: file.answers.levels[levelId], plan: file.plan, key: file.key, owner };
  });

/** The school most of the files name (the first of those named as often), or empty where none names one. */
export function teamSchool(files: readonly Pick<TeamFile, 'school'>[]): string {
  const counts = new Map<string, number>();
  for (const file of files) {
    const school = file.school.trim();
    if (school) counts.set(school, (counts.get(school) ?? 0) + 1);
  }
  return [...counts].reduce<[string, number]>((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0])[0];
}

export interface TeamFiles {
  /** Every file combined: those already there (a later save of the same person's in its earlier one's place), then the new ones. */
  files: TeamFile[];
  /** How many of the files given were combined. */
  added: number;
  problems: TeamProblem[];
}

/** A file's text with its name, as the page reads it from the browser. */
export interface TeamInput {
  name: string;
  text: string;
  /** The file already read (a large one is read off the main thread first, src/widgets/markFile/offThread.ts). Default: read here. */
  read?: ReadMarkFile;
}

const answersIn = (answers: MarkAnswers | undefined) =>
  Object.values(answers?.levels ?? {}).some((level) => Object.values(level.criteria).some(answered));

const byId = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * One string for a school's answers, the same for the same answers however the file was written:
 * levels, criteria and notes in id order, blank ones left out, notes trimmed. Two files with the
 * same key are one person's (one school's) same answers saved twice (or renamed, or saved again later).
 */
export function contentKey(school: string, answers: MarkAnswers, person = ''): string {
  const notes = (texts: Record<string, string>) =>
    byId(texts)
      .map(([id, text]) => [id, text.trim()])
      .filter(([, text]) => text !== '');
  const levels = byId(answers.levels).flatMap(([levelId, level]) => {
    const criteria = byId(level.criteria)
      .filter(([, answer]) => answered(answer))
      .map(([id, answer]) => [id, [...answer.response].sort(), notes(answer.texts)]);
    const requirements = notes(level.requirements);
    return criteria.length + requirements.length === 0 ? [] : [[levelId, criteria, requirements]];
  });
  return JSON.stringify([school.trim(), person.trim(), levels]);
}

/**
 * Who a file speaks for, where it names someone: their name and school, as two saves of one person's
 * answers share it. A file that names nobody (older files) has none, and is known by its content only.
 */
const personKey = (file: { school: string; person: { name: string } }): string | undefined => {
  const name = file.person.name.trim().toLowerCase();
  return name ? JSON.stringify([file.school.trim().toLowerCase(), name]) : undefined;
};

/**
 * Reads many self-assessment files of one mark with the checks of opening one (readMarkFile): a
 * file that is refused, holds no answers or is one already there (the same school's same answers,
 * whatever the file is called or when it was saved) is reported by name, and every other file is
 * kept. Two saves by the same person (the same name and school) count once: the later one stands,
 * in the earlier one's place, and the earlier is reported. Files of an older revision are kept:
 * their answers to criteria the mark still has are combined.
 */
export function readTeamFiles(inputs: readonly TeamInput[], mark: Mark, shapes: MarkFileShapes, already: readonly TeamFile[] = []): TeamFiles {
  const files: TeamFile[] = [...already];
  const problems: TeamProblem[] = [];
  const seen = new Map(already.map((file) => [file.key, file.name]));
  for (const { name, text, read: readBefore } of inputs) {
    const read = readBefore ?? readMarkFile(text, mark, shapes);
    if (!read.ok) {
      problems.push({ name, kind: 'refused', refusal: read.refusal });
      continue;
    }
    const { file } = read;
    if (!answersIn(file.data.answers)) {
      problems.push({ name, kind: 'empty' });
      continue;
    }
    const key = contentKey(file.school, file.data.answers!, personLabel(file.person));
    const of = seen.get(key);
    if (of !== undefined) {
      problems.push({ name, kind: 'duplicate', of });
      continue;
    }
    const kept: TeamFile = {
      name,
      school: file.school,
      person: file.person,
      savedAt: file.savedAt,
      revision: file.mark.revision,
      answers: file.data.answers!,
      ...(file.data.plan ? { plan: file.data.plan } : {}),
      key,
    };
    const who = personKey(kept);
    const same = who === undefined ? -1 : files.findIndex((f) => personKey(f) === who);
    const before = same === -1 ? undefined : files[same];
    const person = noteAuthor(kept, kept.school.trim() !== '');
    if (before && Date.parse(kept.savedAt) <= Date.parse(before.savedAt)) {
      problems.push({ name, kind: 'earlier', by: before.name, person });
      continue;
    }
    if (before) {
      problems.push({ name: before.name, kind: 'earlier', by: name, person });
      seen.delete(before.key);
      files[same] = kept;
    } else files.push(kept);
    seen.set(key, name);
  }
  return { files, added: files.filter((f) => !already.includes(f)).length, problems };
}
