import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom, onMount, type ReadableAtom } from 'nanostores';
import { decodeSaved, emptyOf, type ReadOptions, type SavedProblem } from '~/frameworks/saved/decodeSaved';
import {
  atOf,
  CLOCK_FIELD,
  clockUnclocked,
  latestTime,
  mergeClocked,
  stampChanges,
  stampOf,
  valueAt,
  withValueAt,
  type Clocked,
  type Stamp,
} from '~/frameworks/saved/entryClock';
import { readShape, UNREADABLE, type JsonShape } from '~/frameworks/saved/readShape';
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
  /** Words typed here that another tab's edit, made at the same time, replaced: offered back until put back or let go. */
  $offered: ReadableAtom<readonly Offered[]>;
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
  /** Puts words that were offered back in place of the other tab's. */
  putOfferedBack(offered: Offered): void;
  /** Lets words that were offered back go. */
  letOfferedGo(offered: Offered): void;
}

/** This page's words in one entry (`path`, a JSON Pointer), replaced by another tab's edit made at the same time. */
export interface Offered {
  path: string;
  text: string;
}

/** This page's id in the clock of every entry it changes (see entryClock.ts). */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

const PAGE = Math.random().toString(36).slice(2, 8);

/** How long after this page's last keystroke in an entry its words stay shown when another tab's edit of it wins. */
export const TYPING_MS = 3000;

/**
 * The saved data of one kind for one mark, read with its shape. Text is decoded when a component
 * first listens and whenever another tab changes it; `options.check` drops what the shape cannot
 * judge (ratings off the scale).
 */
export const saved = <T>(kind: SavedKind, markId: string, shape: JsonShape, options: ReadOptions<T> = {}): Saved<T> => {
  // Scoped by the copy's base path, so copies under different paths of one origin never share answers.
  const key = storageKey(import.meta.env.BASE_URL, kind, markId);
  return memo(key, () => register(create(kind, key, shape, options)));
};

const $registered = atom<readonly Saved<unknown>[]>([]);
/**
 * Every kind of saved data this page has read, in the order first asked for: each joins the tool's
 * notices by being made, so a kind added later (or the school's name, which the print control reads)
 * is never left out of them.
 */
export const $savedOnPage: ReadableAtom<readonly Saved<unknown>[]> = $registered;

function register<T>(store: Saved<T>): Saved<T> {
  // Stores are made while components render: the list changes after, never during, a render.
  queueMicrotask(() => $registered.set([...$registered.get(), store]));
  return store;
}

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
  const $offered = atom<readonly Offered[]>([]);
  const emptyText = JSON.stringify(initial);
  let written: string | undefined;
  // The newest of every entry this page knows, with its clock: what it stores.
  let held: Clocked = { value: initial, clock: {} };
  let read = false;
  // This page's words where another tab's edit made at the same time won, shown while the user is still typing there.
  const typing = new Map<string, { value: unknown; at: Stamp }>();
  const lastKey = new Map<string, number>();
  let lastTime = 0;
  const nextStamp = () => stampOf((lastTime = Math.max(Date.now(), lastTime + 1)), PAGE);

  const show = () => $value.set([...typing].reduce<unknown>((shown, [path, { value }]) => withValueAt(shown, path, value), held.value) as T);
  // Once the user stops typing in an entry, the other tab's words show and theirs are offered back.
  const settle = (path: string) => {
    const since = Date.now() - (lastKey.get(path) ?? 0);
    if (since < TYPING_MS) {
      setTimeout(() => settle(path), TYPING_MS - since);
      return;
    }
    const draft = typing.get(path);
    if (!draft) return;
    typing.delete(path);
    offer(path, draft.value);
    show();
  };
  /** Offers back words, unless the text now held still contains them all (the other tab typed on after them). */
  const offer = (path: string, value: unknown) => {
    const now = valueAt(held.value, path);
    if (typeof value !== 'string' || value.trim() === '' || (typeof now === 'string' && now.includes(value))) return;
    $offered.set([...$offered.get().filter((o) => o.path !== path), { path, text: value }]);
  };
  const write = () => {
    written = JSON.stringify({ ...(held.value as object), [CLOCK_FIELD]: held.clock });
    try {
      $text.set(written);
      $writeFailed.set(false);
      askToPersist();
    } catch {
      // QuotaExceededError, or a SecurityError where storage is blocked.
      $writeFailed.set(true);
    }
  };

  onMount($value, () =>
    $text.subscribe((text) => {
      if (text === written) return;
      const decoded = decodeSaved(shape, text, options);
      // Whatever could not be read is kept aside, never overwritten by the next edit.
      if (decoded.problem) keepAside(key, text);
      $problem.set(decoded.problem);
      // Emptied by another tab or the browser while this page showed answers: say so, and offer them back.
      const shown = $value.get();
      const emptied = JSON.stringify(decoded.value) === emptyText;
      lastTime = Math.max(lastTime, latestTime(decoded.clock ?? {}));
      if (emptied && JSON.stringify(shown) !== emptyText) {
        // The page goes on showing them (nothing is lost from the screen) until they are put back or let go.
        $clearedElsewhere.set(shown);
        read = true;
        typing.clear();
        held = { value: decoded.value, clock: decoded.clock ?? {} };
        return;
      }
      if (emptied || !read) {
        read = true;
        typing.clear();
        held = { value: decoded.value, clock: decoded.clock ?? {} };
        show();
        return;
      }
      // Entry by entry, the later change wins: a stale write-back from another tab never replaces a newer value.
      const theirs = decoded.clock ? { value: decoded.value, clock: decoded.clock } : clockUnclocked(held, decoded.value, nextStamp());
      const before = held;
      const merged = mergeClocked(held, theirs, PAGE);
      const filled = readShape(shape, merged.value);
      held = { value: filled === UNREADABLE ? decoded.value : filled, clock: merged.clock };
      // Where the user is typing, their own words stay shown until they pause, even if another tab's
      // later edit won: changing a box under someone's fingers would splice the two texts.
      for (const [path, time] of lastKey) {
        if (Date.now() - time >= TYPING_MS) lastKey.delete(path);
        else if (!typing.has(path) && !same(valueAt(before.value, path), valueAt(held.value, path))) {
          typing.set(path, { value: valueAt(before.value, path), at: atOf(before.clock[path]) });
          settle(path);
        }
      }
      // Words typed a while ago that an edit made without seeing them replaced: offered back.
      for (const { path, ours } of merged.conflicts) if (!typing.has(path)) offer(path, ours);
      show();
      if (merged.oursNewer) write();
    }),
  );

  // What the page shows, stored again entry by entry as this page's change: after a clear elsewhere, or into the tab.
  const keepShown = () => {
    $clearedElsewhere.set(undefined);
    const shown = $value.get();
    const { clock, changed } = stampChanges(held.value, shown, held.clock, nextStamp(), (path) => atOf(held.clock[path]));
    let value = held.value;
    for (const path of changed) value = withValueAt(value, path, valueAt(shown, path));
    const filled = changed.length > 0 ? readShape(shape, value) : UNREADABLE;
    held = { value: filled === UNREADABLE ? held.value : filled, clock };
    write();
  };

  const store: Saved<T> = {
    kind,
    key,
    $value,
    $problem,
    $clearedElsewhere,
    $offered,
    initial,
    update(change) {
      // A change made while the notice shows keeps what the page shows, so the notice goes.
      if ($clearedElsewhere.get() !== undefined) keepShown();
      // Read what is stored first if no component listens yet, so an edit never replaces entries it did not see.
      const stop = $value.listen(() => undefined);
      const before = $value.get();
      const next = change(before);
      const stamp = nextStamp();
      const { clock, changed } = stampChanges(before, next, held.clock, stamp, (path) => typing.get(path)?.at ?? atOf(held.clock[path]));
      let value = held.value;
      for (const path of changed) {
        value = withValueAt(value, path, valueAt(next, path));
        typing.delete(path);
        lastKey.set(path, Date.now());
      }
      const filled = changed.length > 0 ? readShape(shape, value) : UNREADABLE;
      held = { value: filled === UNREADABLE ? held.value : filled, clock };
      $value.set(next);
      write();
      stop();
    },
    reset() {
      store.update(() => emptyOf<T>(shape));
      $problem.set(undefined);
    },
    dismissProblem: () => $problem.set(undefined),
    putBack() {
      if ($clearedElsewhere.get() !== undefined) keepShown();
    },
    letGo() {
      $clearedElsewhere.set(undefined);
      show();
    },
    // Shown after a clear in another tab, or read before it: either way it is what the page shows.
    keepInTab: keepShown,
    putOfferedBack(offered) {
      store.letOfferedGo(offered);
      store.update((value) => withValueAt(value, offered.path, offered.text) as T);
    },
    letOfferedGo: (offered) => $offered.set($offered.get().filter((o) => o !== offered)),
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
