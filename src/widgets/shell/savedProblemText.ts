import type { SavedProblem } from '~/frameworks/saved/decodeSaved';
import type { SavedKind } from '~/frameworks/saved/shapes';
import type { Translate } from './text';

/** What was wrong with a kind of saved data, in a sentence for the user. */
export function savedProblemText(t: Translate, kind: SavedKind, problem: SavedProblem): string {
  if (problem.kind === 'damaged') return t(`saved.damaged.${kind}`, { count: problem.count });
  if (problem.kind === 'unknownFields') {
    const unknown = t('saved.unknownFields', {
      what: t(`saved.what.${kind}`),
      fields: problem.fields.map((field) => `“${field}”`).join(', '),
      count: problem.fields.length,
    });
    return problem.count === 0 ? unknown : `${unknown} ${t(`saved.damaged.${kind}`, { count: problem.count })}`;
  }
  return t(`saved.${problem.kind}`, { what: t(`saved.what.${kind}`) });
}
