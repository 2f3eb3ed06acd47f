import type { MarkAnswers } from '../saved/answers';
import type { Mark } from '../schema';
import { answered } from '../markFile/entries';
import { readMarkFile, type MarkFileShapes, type Refusal } from '../markFile/readMarkFile';

/** A colleague's or a cluster school's file, as it joins the combined view. */
export interface TeamFile {
  /** The file's name as chosen or dropped. */
  name: string;
  /** The school named in the file; empty if none was given. */
  school: string;
  savedAt: string;
  /** The definition's revision the answers were given against. */
  revision: number;
  answers: MarkAnswers;
  /** What makes two files the same save: when it was saved and for which school. */
  key: string;
}

/** Why a file was left out of the combined view; the other files are combined all the same. */
export type TeamProblem =
  { name: string; kind: 'refused'; refusal: Refusal } | { name: string; kind: 'duplicate'; of: string } | { name: string; kind: 'empty' };

export interface TeamFiles {
  files: TeamFile[];
  problems: TeamProblem[];
}

/** A file's text with its name, as the page reads it from the browser. */
export interface TeamInput {
  name: string;
  text: string;
}

const answersIn = (answers: MarkAnswers | undefined) =>
  Object.values(answers?.levels ?? {}).some((level) => Object.values(level.criteria).some(answered));

/**
 * Reads many self-assessment files of one mark with the checks of opening one (readMarkFile): a
 * file that is refused, holds no answers or is one already there (the same save, by `savedAt` and
 * school) is reported by name, and every other file is kept. Files of an older revision are kept:
 * their answers to criteria the mark still has are combined.
 */
export function readTeamFiles(inputs: readonly TeamInput[], mark: Mark, shapes: MarkFileShapes, already: readonly TeamFile[] = []): TeamFiles {
  const files: TeamFile[] = [];
  const problems: TeamProblem[] = [];
  const seen = new Map(already.map((file) => [file.key, file.name]));
  for (const { name, text } of inputs) {
    const read = readMarkFile(text, mark, shapes);
    if (!read.ok) {
      problems.push({ name, kind: 'refused', refusal: read.refusal });
      continue;
    }
    const { file } = read;
    if (!answersIn(file.data.answers)) {
      problems.push({ name, kind: 'empty' });
      continue;
    }
    const key = `${file.savedAt}\u0000${file.school}`;
    const of = seen.get(key);
    if (of !== undefined) {
      problems.push({ name, kind: 'duplicate', of });
      continue;
    }
    seen.set(key, name);
    files.push({ name, school: file.school, savedAt: file.savedAt, revision: file.mark.revision, answers: file.data.answers!, key });
  }
  return { files, problems };
}
