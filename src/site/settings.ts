import { shortcutOffKey } from '~/frameworks/saved/storageKey';

/** Set on the search page: the "/" shortcut is turned off (src/components/SearchShortcut.astro reads the key from the page). */
export const SHORTCUT_OFF_KEY = shortcutOffKey(import.meta.env.BASE_URL);
