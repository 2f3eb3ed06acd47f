import type { MarkFile } from '~/frameworks/markFile/format';
import type { MarkRef } from '~/frameworks/markFile/kinds';
import { markFileName, markFileOf, markFileText } from '~/frameworks/markFile/writeMarkFile';
import { personDetails } from '../stores/person';
import { schoolDetails } from '../stores/school';
import { downloadFile } from './download';
import { readMarkData, valueNow } from './markFileStores';

/** A self-assessment file of everything the page holds for the mark, with the school's name and who saved it: what is saved and shared. */
export const currentMarkFile = (mark: MarkRef, now = new Date()): MarkFile => {
  const { name, role } = valueNow(personDetails());
  return markFileOf(mark, readMarkData(mark), valueNow(schoolDetails()).name, now, { name, role });
};

/** Downloads a self-assessment file of everything the page holds for the mark; gives the file's name. */
export function saveMarkFile(mark: MarkRef, now = new Date()): string {
  const file = currentMarkFile(mark, now);
  const name = markFileName(mark.id, now, 'json', { school: file.school, person: file.person.name });
  downloadFile(name, markFileText(file), 'application/json');
  return name;
}
