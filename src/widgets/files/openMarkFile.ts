import { readMarkFile, type ReadMarkFile } from '~/frameworks/markFile/readMarkFile';
import type { Mark } from '~/frameworks/schema';
import { markFileShapes } from './markFileShapes';

/** Reads a self-assessment file's text for this mark with the shapes the build serves. */
export const openMarkFile = (text: string, mark: Mark): ReadMarkFile => readMarkFile(text, mark, markFileShapes);
