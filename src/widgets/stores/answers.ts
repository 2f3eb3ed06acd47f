import { persistentAtom } from '@nanostores/persistent';
import { atom, type WritableAtom } from 'nanostores';
import { decodeAnswers, emptyAnswers, type MarkAnswers } from '../../frameworks/answers';

/** A mark's saved answers, and what went wrong reading them, if anything. */
export interface MarkStores {
  $answers: WritableAtom<MarkAnswers>;
  /** A message for the user when saved answers could not be read in full. */
  $problem: WritableAtom<string | undefined>;
}

/** The browser storage key of a mark's answers. */
export const storageKey = (markId: string) => `qmh:answers:${markId}`;

const stores = new Map<string, MarkStores>();

/** One set of stores per mark, shared by every widget on the page and kept in localStorage. */
export function markStores(markId: string): MarkStores {
  const existing = stores.get(markId);
  if (existing) return existing;
  const $problem = atom<string | undefined>(undefined);
  const $answers = persistentAtom<MarkAnswers>(storageKey(markId), emptyAnswers(), {
    encode: JSON.stringify,
    // Decoding never throws: damaged entries are dropped, the rest kept, and the user told.
    decode(text) {
      const decoded = decodeAnswers(text);
      if (decoded.problem) $problem.set(decoded.problem);
      return decoded.answers;
    },
  });
  const created = { $answers, $problem };
  stores.set(markId, created);
  return created;
}

/** Applies a pure edit to a mark's answers. */
export function editAnswers(markId: string, edit: (answers: MarkAnswers) => MarkAnswers): void {
  const { $answers } = markStores(markId);
  $answers.set(edit($answers.get()));
}

/** Deletes every answer saved for a mark, and any message about damaged ones. */
export function clearAnswers(markId: string): void {
  const { $answers, $problem } = markStores(markId);
  $answers.set(emptyAnswers());
  $problem.set(undefined);
}
