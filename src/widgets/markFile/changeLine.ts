import type { KindChange } from '~/frameworks/markFile/changes';
import type { TextParams } from '~/text/translate';

/** The text keys a check line is worded from: any translator that has them (the tool's, or the whole text map's). */
type ChangeWords = (
  key:
    | 'files.check.added'
    | 'files.check.replaced'
    | 'files.check.same'
    | 'files.check.removed'
    | 'files.check.line'
    | `files.what.${KindChange['line']}`,
  params?: TextParams,
) => string;

/** "Criteria answered: 48 will be added, none replaced." ("Requirement notes: …" apart) and, where any, how many stay the same and how many go. */
export function changeLine(say: ChangeWords, change: KindChange): string {
  const parts = [
    say('files.check.added', { count: change.added }),
    say('files.check.replaced', { count: change.differ }),
    say('files.check.same', { count: change.same }),
    say('files.check.removed', { count: change.onlyHere }),
  ].filter(Boolean);
  return say('files.check.line', { what: say(`files.what.${change.line}`), parts: parts.join(', ') });
}
