import { useStore } from '@nanostores/react';
import { lazy, useContext } from 'react';
import { $writeFailed, savingOff, type Saved } from '~/widgets/stores/saved';
import { $savingOffElsewhere, storageBlocked } from '~/widgets/stores/storageState';
import type { KeepProps } from './keep';
import { HydratedContext } from './live';

// The notices are rare (storage refused, saved data unreadable, emptied by another tab): their code
// loads when one is needed, so every tool page carries only these watchers.
const LazyNotice = lazy(() => import('./LazyNotice'));

/**
 * Shows the unsaved notice when the browser would not store the last change (or any, from the start),
 * storage is blocked, or saving is off on this device (chosen here or in another tab).
 */
export function WhenUnsaved({ keep }: { keep?: KeepProps | undefined }) {
  const failed = useStore($writeFailed);
  const offElsewhere = useStore($savingOffElsewhere);
  // The settings are read in the browser; the server's render and the first client render show nothing.
  // Storage full at load is known at once too: shown after hydration, so the first render matches the server's.
  const hydrated = useContext(HydratedContext);
  return hydrated && (failed || savingOff || storageBlocked || offElsewhere) ? <LazyNotice keep={keep} /> : null;
}

/** Shows a store's notices when its saved data could not be read in full or was emptied elsewhere. */
export function WhenStoreNoticed({ store }: { store: Saved<unknown> }) {
  const problem = useStore(store.$problem);
  const cleared = useStore(store.$clearedElsewhere);
  return useContext(HydratedContext) && (problem || cleared !== undefined) ? <LazyNotice store={store} /> : null;
}
