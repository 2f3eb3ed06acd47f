import { readMarkFile, type ReadMarkFile } from '~/frameworks/markFile/readMarkFile';
import type { Mark } from '~/frameworks/schema';
import { markFileShapes } from './markFileShapes';
import { readBounded } from './offThread';

/** Reads a self-assessment file's text for this mark with the shapes the build serves. */
export const openMarkFile = (text: string, mark: Mark): ReadMarkFile => readMarkFile(text, mark, markFileShapes);

/** The same, off the main thread when the text is over OFF_THREAD_BYTES (src/frameworks/limits.ts). */
export const openMarkFileBounded = (text: string, mark: Mark): Promise<ReadMarkFile> =>
  readBounded({ op: 'markFile', text, mark, shapes: markFileShapes }, text.length);
