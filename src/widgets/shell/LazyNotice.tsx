import type { Saved } from '~/widgets/stores/saved';
import type { KeepProps } from './keep';
import { ClearedElsewhereNotice } from './ClearedElsewhereNotice';
import { OfferedBackNotice } from './OfferedBackNotice';
import { SavedProblemNotice } from './SavedProblemNotice';
import { UnsavedNotice } from './UnsavedNotice';

/** The notices a tool shows rarely, in one chunk that loads when one is needed (see notices.tsx). */
export default function LazyNotice({ store, keep }: { store?: Saved<unknown> | undefined; keep?: KeepProps | undefined }) {
  return store ? (
    <>
      <SavedProblemNotice store={store} />
      <ClearedElsewhereNotice store={store} />
      <OfferedBackNotice store={store} />
    </>
  ) : (
    <UnsavedNotice keep={keep} />
  );
}
