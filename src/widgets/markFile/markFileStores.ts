import type { MarkData, MarkFile } from '~/frameworks/markFile/format';
import type { MarkKind, MarkRef } from '~/frameworks/markFile/kinds';
import { levelAnswersOf } from '../stores/levelAnswers';
import { auditOf, collectedOf, questionnaireOf } from '../stores/ratings';
import type { Saved } from '../stores/saved';
import { schoolDetails } from '../stores/school';
import { surveysOf } from '../stores/surveys';
import planShape from 'virtual:qmh/saved-shape/plan';
import snapshotsShape from 'virtual:qmh/saved-shape/snapshots';
import teamShape from 'virtual:qmh/saved-shape/team';
import { saved } from '../stores/saved';

/** The stores of the kinds a mark keeps, shared with any tool on the page. */
export function markStores(mark: MarkRef): Partial<Record<MarkKind, Saved<unknown>>> {
  const ratings = { scale: mark.scale ?? [] };
  const make: Record<MarkKind, () => Saved<unknown>> = {
    answers: () => levelAnswersOf(mark.id),
    audit: () => auditOf(mark.id, ratings),
    questionnaire: () => questionnaireOf(mark.id, ratings),
    responses: () => collectedOf(mark.id, ratings),
    surveys: () => surveysOf(mark.id),
    // As src/widgets/stores/plan.ts makes them (the same key gives the same store), without a chunk of their own on this page.
    plan: () => saved('plan', mark.id, planShape),
    snapshots: () => saved('snapshots', mark.id, snapshotsShape),
    team: () => saved('team', mark.id, teamShape),
  };
  return Object.fromEntries(mark.kinds.map((kind) => [kind, make[kind]()]));
}

/** A store's value now, read from storage if no tool on the page has read it yet. */
export function valueNow<T>(store: Saved<T>): T {
  // A store reads its saved text when first listened to.
  const stop = store.$value.listen(() => undefined);
  const value = store.$value.get();
  stop();
  return value;
}

/**
 * Everything the page holds for a mark: what the tools on it show (even if the browser would not
 * store it, or the user chose not to save on this device), and what is saved for the others.
 */
export function readMarkData(mark: MarkRef): MarkData {
  return Object.fromEntries(Object.entries(markStores(mark)).map(([kind, store]) => [kind, valueNow(store)]));
}

/** Makes an opened file (or shared link) the device's: its data, and its school's name where it gives one. */
export function takeMarkFile(mark: MarkRef, file: MarkFile): void {
  replaceMarkData(mark, file.data);
  if (file.school) schoolDetails().update((d) => ({ ...d, name: file.school }));
}

/** Replaces each kind the data holds; kinds it does not hold are left as they are. */
export function replaceMarkData(mark: MarkRef, data: MarkData): void {
  for (const [kind, store] of Object.entries(markStores(mark)) as [MarkKind, Saved<unknown>][]) {
    const value = data[kind];
    if (value !== undefined) store.update(() => value);
  }
}
