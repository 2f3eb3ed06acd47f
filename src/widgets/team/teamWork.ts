import type { Mark } from '~/frameworks/schema';
import { readTeamFiles, type TeamFile, type TeamInput } from '~/frameworks/team/readTeamFiles';
import { markFileShapes } from '../files/markFileShapes';

// Loaded when the first file is added: the reader, the combined table and the preview of replacing.
export { combineLevel, widestFirst } from '~/frameworks/team/combineLevel';
export { defaultAgreed, moderatedAnswers } from '~/frameworks/team/moderate';
export { markFileOf } from '~/frameworks/markFile/writeMarkFile';
export { FilePreview } from '../files/FilePreview';
export { TeamTable } from './TeamTable';

/** Reads files for the combined view with the shapes the build serves, as opening one file does. */
export const readFiles = (inputs: readonly TeamInput[], mark: Mark, already: readonly TeamFile[]) =>
  readTeamFiles(inputs, mark, markFileShapes, already);
