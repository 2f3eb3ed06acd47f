import { beforeEach, describe, expect, it } from 'vitest';
import { storageKey } from '~/frameworks/saved/storageKey';
import { auditFrom, markAnswersFrom, type MarkId } from '../fixtures/adapters';
import { deviceDataExamples } from '../fixtures/deviceData.examples';

/** A browser's storage, in memory: what the device page reads. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const storage = { local: new MemoryStorage(), session: new MemoryStorage() };
Object.assign(globalThis, { localStorage: storage.local, sessionStorage: storage.session });
// Loaded once storage exists, as in a browser.
const device = await import('~/widgets/stores/device');
const { SAVING_OFF_KEY } = await import('~/widgets/stores/saved');

describe('Device page examples', () => {
  beforeEach(() => {
    storage.local.clear();
    storage.session.clear();
  });

  it.each(deviceDataExamples)('$name', (example) => {
    // What the tools save as the example is entered: each mark's answers, the audit's ratings, the school's name (a setting of the site's own).
    const marks = [...new Set(example.levels.map((e) => e.mark))] as MarkId[];
    for (const mark of marks)
      storage.local.setItem(storageKey('/', 'answers', mark), JSON.stringify(markAnswersFrom(example.levels.filter((e) => e.mark === mark))));
    if (example.audit.length > 0) storage.local.setItem(storageKey('/', 'audit', 'whmat-wellbeing'), JSON.stringify(auditFrom(example.audit)));
    storage.local.setItem(storageKey('/', 'school', 'site'), JSON.stringify({ version: 1, name: 'Oak Hill Primary' }));
    if (example.turnSavingOff) device.setSavingOff(true);

    const listed = device.savedByMark();
    expect(Object.keys(listed).sort()).toEqual([...example.expected.marks].sort());
    // Each with its size: what its saved kinds hold.
    for (const mark of example.expected.marks) expect(listed[mark]).toBeGreaterThan(0);
    // Saving off leaves nothing behind but the setting itself.
    if (example.turnSavingOff) expect(Array.from({ length: storage.local.length }, (_, i) => storage.local.key(i))).toEqual([SAVING_OFF_KEY]);
  });
});
