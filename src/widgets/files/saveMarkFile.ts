import type { MarkFile } from '~/frameworks/markFile/format';
import type { MarkRef } from '~/frameworks/markFile/kinds';
import { markFileName, markFileOf, markFileText } from '~/frameworks/markFile/writeMarkFile';
import { schoolDetails } from '../stores/school';
import { downloadFile } from './download';
import { readMarkData, valueNow } from './markData';

/** A self-assessment file of everything the page holds for the mark, with the school's name: what is saved and shared. */
export const currentMarkFile = (mark: MarkRef, now = new Date()): MarkFile =>
  markFileOf(mark, readMarkData(mark), valueNow(schoolDetails()).name, now);

/** Downloads a self-assessment file of everything the page holds for the mark; gives the file's name. */
export function saveMarkFile(mark: MarkRef, now = new Date()): string {
  const name = markFileName(mark.id, now);
  downloadFile(name, markFileText(currentMarkFile(mark, now)), 'application/json');
  return name;
}
