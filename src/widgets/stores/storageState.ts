import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom } from 'nanostores';

// The states of this browser's storage that a tool must tell the user of, apart from the saved data
// itself (saved.ts): blocked, full from the start, and saving turned off in another tab. Full later
// is found by the write that fails ($writeFailed in saved.ts); cleared elsewhere by the store.

const inBrowser = typeof window !== 'undefined';

/**
 * True where the browser refuses the site any storage (a browser setting, some school-managed
 * profiles): reading `localStorage` throws a SecurityError. The tools then keep answers in the page's
 * memory only (@nanostores/persistent falls back to an object), and say so.
 */
export const storageBlocked: boolean = (() => {
  if (!inBrowser) return false;
  try {
    window.localStorage.getItem('qmh:probe');
    return false;
  } catch {
    return true;
  }
})();

/**
 * True where storage refuses a write from the start (full to its quota): a tool says at load that
 * nothing can be kept, rather than at the first change. The probe key is removed at once.
 */
export function storageFullNow(probeKey: string): boolean {
  if (!inBrowser || storageBlocked) return false;
  try {
    localStorage.setItem(probeKey, '1');
    localStorage.removeItem(probeKey);
    return false;
  } catch {
    return true;
  }
}

/** True once "Don't save answers on this device" was chosen in another tab while this page was open. */
export const $savingOffElsewhere = atom(false);

/** A store that can save what the page shows into the tab's own storage (sessionStorage). */
export interface KeptInTab {
  keepInTab(): void;
}

/**
 * Follows the shared-computer setting chosen in another tab: from then on this page writes nothing
 * to localStorage, keeps what it shows in the tab (as a page opened after the choice does), and says so.
 * The other tab clears the saved answers first, so each store puts back in the tab what it showed.
 */
export function followSavingOff(key: string, offAtLoad: boolean, stores: () => Iterable<KeptInTab>): void {
  if (!inBrowser || storageBlocked || offAtLoad) return;
  addEventListener('storage', (event) => {
    if (event.key !== key || event.newValue !== 'off' || $savingOffElsewhere.get()) return;
    setPersistentEngine(sessionStorage, windowPersistentEvents);
    $savingOffElsewhere.set(true);
    for (const store of stores()) store.keepInTab();
  });
}
