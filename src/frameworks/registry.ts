import { parseMark } from './parseMark';
import type { Level, Mark } from './schema';

// Each mark is a folder with a definition.json; adding a folder adds the mark everywhere. A brand's
// own marks are in brands/<name>/marks/; the build's brand (BRAND, set by the brand integration) keeps
// its own and no other brand's.
const files = {
  ...import.meta.glob<unknown>('./marks/*/definition.json', { eager: true, import: 'default' }),
  ...import.meta.glob<unknown>('/brands/*/marks/*/definition.json', { eager: true, import: 'default' }),
};
const ownMarks = `/brands/${import.meta.env.QMH_BRAND ?? 'default'}/marks/`;

/** Every mark: the shared ones in alphabetical order of folder, then the brand's own; validated. */
export const marks: readonly Mark[] = Object.entries(files)
  .filter(([path]) => path.startsWith('./') || path.startsWith(ownMarks))
  .sort(([a], [b]) => (a.startsWith('./') === b.startsWith('./') ? a.localeCompare(b) : a.startsWith('./') ? -1 : 1))
  .map(([path, data]) => parseMark(data, path.startsWith('./') ? `src/frameworks/${path.slice(2)}` : path.slice(1)));

/** The mark with this id, or an error naming the ids there are. */
export function getMark(id: string): Mark {
  const mark = marks.find((m) => m.id === id);
  if (!mark) throw new Error(`No mark "${id}"; the marks are ${marks.map((m) => `"${m.id}"`).join(', ')}`);
  return mark;
}

/** The level with this id in a mark, or an error naming the levels there are. */
export function getLevel(mark: Mark, id: string): Level {
  const level = mark.levels.find((l) => l.id === id);
  if (!level) throw new Error(`Mark "${mark.id}" has no level "${id}"; its levels are ${mark.levels.map((l) => `"${l.id}"`).join(', ')}`);
  return level;
}
