import type { Mark } from '../schema';
import type { MarkData, MarkFile } from './format';
import { MARK_FILE_FORMAT } from './kinds';

/** Who saved a file: their name and role, each possibly empty. */
export interface FilePerson {
  name: string;
  role: string;
}

const NOBODY: FilePerson = { name: '', role: '' };

/** A self-assessment file of a mark's data as it stands. */
export function markFileOf(
  mark: Pick<Mark, 'id' | 'name' | 'revision'>,
  data: MarkData,
  school: string,
  now: Date,
  person: FilePerson = NOBODY,
): MarkFile {
  return {
    format: MARK_FILE_FORMAT,
    version: 1,
    mark: { id: mark.id, name: mark.name, revision: mark.revision },
    savedAt: now.toISOString(),
    school,
    person: { name: person.name.trim(), role: person.role.trim() },
    data,
  };
}

/** The file's text: indented, so an adviser can read it and a version-control diff is legible. */
export const markFileText = (file: MarkFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** Words made safe for a file name on any system: lower case letters and digits joined by hyphens ("St Mary’s" → "st-marys"). */
export const fileNamePart = (words: string): string =>
  words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');

/** Who and when a file is named by, each part optional but the mark's id. */
export interface FileNameParts {
  school?: string;
  person?: string;
}

/**
 * "<school>-<person>-<mark-id>-2026-11-26-1432.json": whose it is, the mark, the day and the time (UTC),
 * so three colleagues' files of one day never share a name and files of one person sort by date.
 * A school or person not given is left out.
 */
export const markFileName = (markId: string, now: Date, extension = 'json', parts: FileNameParts = {}): string => {
  const iso = now.toISOString();
  const time = `${iso.slice(11, 13)}${iso.slice(14, 16)}`;
  return `${[fileNamePart(parts.school ?? ''), fileNamePart(parts.person ?? ''), markId, iso.slice(0, 10), time].filter(Boolean).join('-')}.${extension}`;
};
