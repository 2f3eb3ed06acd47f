import type { Mark } from '../schema';
import type { MarkData, MarkFile } from './format';
import { MARK_FILE_FORMAT } from './kinds';

/** A self-assessment file of a mark's data as it stands. */
export function markFileOf(mark: Pick<Mark, 'id' | 'name' | 'revision'>, data: MarkData, school: string, now: Date): MarkFile {
  return {
    format: MARK_FILE_FORMAT,
    version: 1,
    mark: { id: mark.id, name: mark.name, revision: mark.revision },
    savedAt: now.toISOString(),
    school,
    data,
  };
}

/** The file's text: indented, so an adviser can read it and a version-control diff is legible. */
export const markFileText = (file: MarkFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** "<mark-id>-self-assessment-2026-11-26.json": the mark and the day, so files sort by date. */
export const markFileName = (markId: string, now: Date, extension = 'json'): string =>
  `${markId}-self-assessment-${now.toISOString().slice(0, 10)}.${extension}`;
