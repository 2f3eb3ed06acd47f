import type { Mark } from '~/frameworks/schema';
import { readTeamFiles, type TeamFile, type TeamInput } from '~/frameworks/team/readTeamFiles';
import { markFileShapes } from '../markFile/markFileShapes';

// Loaded when the first file is added: the reader, the combined view and moderating.
export { Combined } from './Combined';

/** Reads files for the combined view with the shapes the build serves, as opening one file does. */
export const readFiles = (inputs: readonly TeamInput[], mark: Mark, already: readonly TeamFile[]) =>
  readTeamFiles(inputs, mark, markFileShapes, already);
