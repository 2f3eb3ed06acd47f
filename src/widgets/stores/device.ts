import { ownerOfKey, shortcutOffKey } from '~/frameworks/saved/storageKey';
import { KEY_PREFIX, SAVING_OFF_KEY } from './saved';

/** This site's keys in a storage area: only its own, never another site's or another copy's. */
const ownKeys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key?.startsWith(KEY_PREFIX) ?? false);

/** Characters saved per mark on this device (its kinds, and anything kept aside for them). */
export function savedByMark(): Record<string, number> {
  const byMark: Record<string, number> = {};
  for (const key of ownKeys(localStorage)) {
    const markId = ownerOfKey(key);
    if (!markId || markId === 'site') continue;
    byMark[markId] = (byMark[markId] ?? 0) + (localStorage.getItem(key)?.length ?? 0);
  }
  return byMark;
}

/**
 * Set on the search page: the "/" shortcut is turned off (src/components/SearchShortcut.astro reads the key from the
 * page). Here, not beside SAVING_OFF_KEY, so that the tools' shared code does not carry it.
 */
export const SHORTCUT_OFF_KEY = shortcutOffKey(import.meta.env.BASE_URL);

/** The device's settings, which clearing everything keeps: not saving answers, and the search shortcut turned off. */
const SETTINGS = new Set([SAVING_OFF_KEY, SHORTCUT_OFF_KEY]);

/** Deletes everything this site saved on this device, its settings excepted; open tabs are told. */
export function clearEverything(): void {
  for (const key of ownKeys(localStorage)) if (!SETTINGS.has(key)) localStorage.removeItem(key);
  for (const key of ownKeys(sessionStorage)) sessionStorage.removeItem(key);
}

/**
 * Turns saving on this device off (clearing what is saved) or back on. Pages opened afterwards
 * follow the setting; a page already open keeps the storage it started with until reloaded.
 */
export function setSavingOff(off: boolean): void {
  if (off) {
    clearEverything();
    localStorage.setItem(SAVING_OFF_KEY, 'off');
  } else localStorage.removeItem(SAVING_OFF_KEY);
}
