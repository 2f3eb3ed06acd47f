import { useStore } from '@nanostores/react';
import { useEffect, useState } from 'react';
import type { ReadableAtom } from 'nanostores';

/** True once the island has hydrated in the browser; false on the server and in the first client render. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * A saved store's value, read so hydration never meets a mismatch: the server and the first client
 * render show `empty`, and the saved value replaces it once mounted. (React does not repair attribute
 * mismatches, so rendering saved answers straight away would show nothing selected.)
 */
export function useSaved<T>($store: ReadableAtom<T>, empty: T, hydrated: boolean): T {
  const value = useStore($store);
  return hydrated ? value : empty;
}
