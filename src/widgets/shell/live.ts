import { useStore } from '@nanostores/react';
import type { ReadableAtom } from 'nanostores';
import { createContext, startTransition, useContext, useEffect, useState } from 'react';

/** True once the island has hydrated in the browser; false on the server and in the first client render. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  // Setting state once after mount is the point: it marks the end of hydration. As a transition, the
  // render that swaps in the saved answers yields to the browser every few milliseconds instead of
  // holding the page in one long task (a grid of 50 criteria took 50 ms at 4x CPU slowdown).
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return hydrated;
}

/** Whether the tool around a component has hydrated; ToolShell provides it. */
export const HydratedContext = createContext(false);

/**
 * A store's value, read so hydration never meets a mismatch: the server and the first client
 * render show `initial` (empty answers, or results from them), and the live value replaces it
 * once mounted. (React does not repair attribute mismatches, so rendering saved answers straight
 * away would show nothing selected.)
 */
export function useLive<T>(live: { $value: ReadableAtom<T>; initial: T }): T {
  // On the server the answer is always the empty one: reading the store there would decode saved
  // data that cannot exist, for every tool of every page the build writes.
  if (import.meta.env.SSR) return live.initial;
  // import.meta.env.SSR is a constant of each bundle, so each calls the same hooks on every render.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  const value = useStore(live.$value);
  // eslint-disable-next-line react-hooks/rules-of-hooks
  return useContext(HydratedContext) ? value : live.initial;
}
