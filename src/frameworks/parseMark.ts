import { Mark } from './schema';
import { describeIssues } from './describeIssues';

/** A mark definition that does not match the schema; the message lists every problem with its fix. */
export class MarkDefinitionError extends Error {
  override name = 'MarkDefinitionError';
}

/** Checks a mark definition read from `file`, or throws naming the file, each field and its fix. */
export function parseMark(data: unknown, file: string): Mark {
  const result = Mark.safeParse(data);
  if (result.success) return result.data;
  const lines = markProblems(data);
  throw new MarkDefinitionError(
    `Mark definition ${file} is not valid (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n` +
      lines.map((line) => `  - ${line}`).join('\n'),
  );
}

/** A mark definition's problems, each a line naming the field and its fix; none when it is valid. */
export function markProblems(data: unknown): string[] {
  const result = Mark.safeParse(data);
  return result.success ? [] : describeIssues(result.error.issues, data);
}
