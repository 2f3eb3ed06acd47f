import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom, onMount, type ReadableAtom } from 'nanostores';
import { decodeSaved, emptyOf, type ReadOptions, type SavedProblem } from '~/frameworks/saved/decodeSaved';
import { mergeEdits } from '~/frameworks/saved/mergeEdits';
import type { JsonShape } from '~/frameworks/saved/readShape';
import type { SavedKind } from '~/frameworks/saved/shapes';
import { storageKey, storagePrefix } from '~/frameworks/saved/storageKey';
import { memo } from './memo';
import { $savingOffElsewhere, followSavingOff, storageFullNow, type KeptInTab } from './storageState';

/** One kind of a mark's saved data, kept in localStorage, shared by every island and kept in step across tabs. */
export interface Saved<T> {
  kind: SavedKind;
  /** The localStorage key: `qmh:<kind>:<mark-id>`, or `qmh/<base>:<kind>:<mark-id>` under a base path (storageKey.ts). */
  key: string;
  $value: ReadableAtom<T>;
  /** What could not be read back, if anything; the notice shows it until dismissed. */
  $problem: ReadableAtom<SavedProblem | undefined>;
  /** What this page showed when another tab or the browser cleared this data, until put back or let go. */
  $clearedElsewhere: ReadableAtom<T | undefined>;
  /** The empty value, which the server renders and the first client render repeats. */
  initial: T;
  /** Applies a pure edit and saves the result. */
  update(change: (value: T) => T): void;
  /** Replaces everything with the empty value and forgets any problem. */
  reset(): void;
  dismissProblem(): void;
  /** The saved text that could not be read, kept aside on this device, if any. */
  unreadText(): string | undefined;
  /** Saves again what this page showed before the data was cleared elsewhere. */
  putBack(): void;
  /** Accepts that the data was cleared elsewhere: the page then shows what is saved, nothing. */
  letGo(): void;
  /** Saves what the page shows into the tab's storage, once saving was turned off in another tab (storageState.ts). */
  keepInTab(): void;
}

/**
 * The saved data of one kind for one mark, read with its shape. Text is decoded when a component
 * first listens and whenever another tab changes it; `options.check` drops what the shape cannot
 * judge (ratings off the scale).
 */
export const saved = <T>(kind: SavedKind, markId: string, shape: JsonShape, options: ReadOptions<T> = {}): Saved<T> => {
  // Scoped by the copy's base path, so copies under different paths of one origin never share answers.
  const key = storageKey(import.meta.env.BASE_URL, kind, markId);
  return memo(key, () => create(kind, key, shape, options));
};

/** Every key this copy saves under starts so (see storageKey.ts); clearing everything removes exactly these. */
export const KEY_PREFIX = storagePrefix(import.meta.env.BASE_URL);

/** Set on this device's data page: answers are then kept per tab (sessionStorage) and in files, never in localStorage. */
export const SAVING_OFF_KEY = `${KEY_PREFIX}saving:site`;

/** The user chose not to save answers on this device (a shared computer). */
export const savingOff: boolean = (() => {
  try {
    return localStorage.getItem(SAVING_OFF_KEY) === 'off';
  } catch {
    // On the server, or where storage is blocked.
    return false;
  }
})();
// sessionStorage lives as long as the tab, across its pages, so a tool and the page that saves files agree.
if (savingOff) setPersistentEngine(sessionStorage, windowPersistentEvents);

/**
 * True while the browser refuses to store what the user entered (storage full, blocked or in a
 * private mode that allows none): the entry stays on the page, and the next write that succeeds
 * stores everything. The tools say so at once rather than lose work without a word.
 */
export const storageFullAtLoad: boolean = storageFullNow(`${KEY_PREFIX}probe:site`);
export const $writeFailed = atom(storageFullAtLoad);

/** Every store made on this page, for following the shared-computer setting chosen in another tab. */
const made = new Set<KeptInTab>();
followSavingOff(SAVING_OFF_KEY, savingOff, () => made);

function create<T>(kind: SavedKind, key: string, shape: JsonShape, options: ReadOptions<T>): Saved<T> {
  const initial = emptyOf<T>(shape);
  // The raw text; @nanostores/persistent keeps it in step with localStorage and other tabs.
  const $text = persistentAtom<string>(key, '');
  const $value = atom<T>(initial);
  const $problem = atom<SavedProblem | undefined>(undefined);
  const $clearedElsewhere = atom<T | undefined>(undefined);
  const emptyText = JSON.stringify(initial);
  let written: string | undefined;
  // What this page last read from storage: the common ancestor when another tab's write crosses its own.
  let base: T = initial;

  onMount($value, () =>
    $text.subscribe((text) => {
      if (text === written) return;
      const decoded = decodeSaved(shape, text, options);
      // Whatever could not be read is kept aside, never overwritten by the next edit.
      if (decoded.problem) keepAside(key, text);
      // Emptied by another tab or the browser while this page showed answers: say so, and offer them back.
      const shown = $value.get();
      const emptied = JSON.stringify(decoded.value) === emptyText;
      if (emptied && JSON.stringify(shown) !== emptyText) {
        // The page goes on showing them (nothing is lost from the screen) until they are put back or let go.
        $clearedElsewhere.set(shown);
        base = decoded.value;
        $problem.set(decoded.problem);
        return;
      }
      // This page's edits that the other tab had not seen when it wrote are kept, entry by entry, and stored again.
      const merged = emptied ? decoded.value : (mergeEdits(base, shown, decoded.value) as T);
      base = decoded.value;
      $problem.set(decoded.problem);
      if (merged === decoded.value) $value.set(merged);
      else store.update(() => merged);
    }),
  );

  const store: Saved<T> = {
    kind,
    key,
    $value,
    $problem,
    $clearedElsewhere,
    initial,
    update(change) {
      // A change made while the notice shows keeps what the page shows, so the notice goes.
      if ($clearedElsewhere.get() !== undefined) $clearedElsewhere.set(undefined);
      const next = change($value.get());
      $value.set(next);
      written = JSON.stringify(next);
      try {
        $text.set(written);
        $writeFailed.set(false);
        askToPersist();
      } catch {
        // QuotaExceededError, or a SecurityError where storage is blocked.
        $writeFailed.set(true);
      }
    },
    reset() {
      store.update(() => emptyOf<T>(shape));
      $problem.set(undefined);
    },
    dismissProblem: () => $problem.set(undefined),
    putBack() {
      const shown = $clearedElsewhere.get();
      $clearedElsewhere.set(undefined);
      if (shown !== undefined) store.update(() => shown);
    },
    letGo() {
      $clearedElsewhere.set(undefined);
      $value.set(initial);
    },
    keepInTab() {
      // Shown after a clear in another tab, or read before it: either way it is what the page shows.
      store.update((value) => value);
    },
    unreadText: () => localStorage.getItem(`${key}:unread`) ?? undefined,
  };
  made.add(store);
  return store;
}

let askedToPersist = false;

/** Asks the browser, once a page has saved something, not to evict this site's storage when space runs low. */
function askToPersist(): void {
  if (askedToPersist || savingOff || $savingOffElsewhere.get()) return;
  askedToPersist = true;
  // StorageManager exists only in secure contexts, which the DOM types leave out: plain-HTTP hosts have none.
  const storage = (navigator as { storage?: StorageManager }).storage;
  // The browser decides (Chromium grants it to sites a user engages with); there is nothing to tell the user.
  void storage?.persist().catch(() => undefined);
}

function keepAside(key: string, text: string): void {
  try {
    localStorage.setItem(`${key}:unread`, text);
  } catch {
    // Storage full or blocked: the unread text stays where it was until the first edit.
  }
}
