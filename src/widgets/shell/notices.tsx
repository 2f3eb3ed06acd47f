import { useStore } from '@nanostores/react';
import { lazy, useContext } from 'react';
import { $savedOnPage, $writeFailed, savingOff, type Saved } from '~/widgets/stores/saved';
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

/** Shows a store's notices when its saved data could not be read in full, was emptied elsewhere, or words typed here lost to another tab's. */
export function WhenStoreNoticed({ store }: { store: Saved<unknown> }) {
  const problem = useStore(store.$problem);
  const cleared = useStore(store.$clearedElsewhere);
  const offered = useStore(store.$offered);
  return useContext(HydratedContext) && (problem || cleared !== undefined || offered.length > 0) ? <LazyNotice store={store} /> : null;
}

/** A notice watcher for each kind the tool names and each other kind the page reads (the school's name, say). */
export function StoreNotices({ saved }: { saved: readonly Saved<unknown>[] }) {
  const onPage = useStore($savedOnPage);
  // The list of kinds on the page is known once hydrated; the server's render and the first client render use the tool's own.
  const stores = useContext(HydratedContext) ? [...new Map([...saved, ...onPage].map((store) => [store.key, store])).values()] : saved;
  return stores.map((store) => <WhenStoreNoticed key={store.key} store={store} />);
}
