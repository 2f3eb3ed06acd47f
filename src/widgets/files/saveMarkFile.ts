import type { MarkRef } from '~/frameworks/markFile/kinds';
import { markFileName, markFileOf, markFileText } from '~/frameworks/markFile/writeMarkFile';
import { schoolDetails } from '../stores/school';
import { downloadFile } from './download';
import { readMarkData, valueNow } from './markData';

/** Downloads a self-assessment file of everything the page holds for the mark; gives the file's name. */
export function saveMarkFile(mark: MarkRef, now = new Date()): string {
  const file = markFileOf(mark, readMarkData(mark), valueNow(schoolDetails()).name, now);
  const name = markFileName(mark.id, now);
  downloadFile(name, markFileText(file), 'application/json');
  return name;
}
