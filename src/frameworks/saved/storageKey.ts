/**
 * The localStorage key of one kind of saved data: `qmh:<kind>:<owner>` for a copy served from the
 * root of its origin, `qmh/<base>:<kind>:<owner>` for one under a base path (`qmh/severn:answers:x`
 * under /severn/). Two copies on one origin (a hub's at /severn/, an alliance's at /wye/) share one
 * localStorage, so each keeps its answers under its own path and never reads the other's.
 */
export const storageKey = (base: string, kind: string, owner: string): string => `${storagePrefix(base)}${kind}:${owner}`;

/** Whose data a key storageKey wrote holds: a mark's id, or "site" (also for a `:unread` copy kept aside). */
export const ownerOfKey = (key: string): string | undefined => key.split(':')[2];

/** What every key of one copy starts with: `qmh:` at the root, `qmh/<base>:` under a base path. */
export function storagePrefix(base: string): string {
  const path = base.replace(/^\/+|\/+$/g, '');
  return `${path === '' ? 'qmh' : `qmh/${path}`}:`;
}

/** The device's setting that turns the search page's "/" shortcut off. */
export const shortcutOffKey = (base: string): string => storageKey(base, 'shortcut', 'site');
