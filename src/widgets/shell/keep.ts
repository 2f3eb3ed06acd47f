import type { MarkRef } from '~/frameworks/markFile/kinds';

/** What a tool needs to save its mark's answers to a file from its notices, and where the rest of the file work is. */
export interface KeepProps {
  mark: MarkRef;
  /** The mark's page for opening files, sharing links and spreadsheets. */
  filesHref: string;
}
