import { persistentAtom } from '@nanostores/persistent';
import { atom, type WritableAtom } from 'nanostores';

/** A value kept in localStorage, and what went wrong reading it back, if anything. */
export interface Persisted<T> {
  $value: WritableAtom<T>;
  /** A message for the user when the saved value could not be read in full. */
  $problem: WritableAtom<string | undefined>;
  /** Replaces the value with the empty one and forgets any problem. */
  reset(): void;
}

const cache = new Map<string, Persisted<unknown>>();

/**
 * One store per storage key, shared by every island on the page and kept in step across tabs.
 * `decode` never throws: it returns what it could read and says what it could not.
 */
export function persisted<T>(key: string, empty: () => T, decode: (text: string) => { value: T; problem?: string }): Persisted<T> {
  const existing = cache.get(key);
  if (existing) return existing as Persisted<T>;
  const $problem = atom<string | undefined>(undefined);
  const $value = persistentAtom<T>(key, empty(), {
    encode: JSON.stringify,
    decode(text) {
      const decoded = decode(text);
      if (decoded.problem) $problem.set(decoded.problem);
      return decoded.value;
    },
  });
  const created: Persisted<T> = {
    $value,
    $problem,
    reset() {
      $value.set(empty());
      $problem.set(undefined);
    },
  };
  cache.set(key, created as Persisted<unknown>);
  return created;
}
