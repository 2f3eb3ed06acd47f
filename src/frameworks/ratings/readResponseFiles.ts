import type { StaffResponse } from '~/frameworks/saved/collectedResponses';
import type { Ratings } from '~/frameworks/schema';
import { readResponseFile } from './responseFile';

/** A file as the browser hands it over: its name and a way to read its text. */
export interface DroppedFile {
  name: string;
  text(): Promise<string>;
}

/** Reads dropped or chosen response files: the good responses, and a sentence for each file that could not be used. */
export async function readResponseFiles(
  files: readonly DroppedFile[],
  markId: string,
  ratings: Ratings,
): Promise<{ responses: StaffResponse[]; problems: string[] }> {
  const responses: StaffResponse[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const result = readResponseFile(await file.text(), file.name, markId, ratings);
    if (result.ok) responses.push(result.response);
    else problems.push(result.problem);
  }
  return { responses, problems };
}
