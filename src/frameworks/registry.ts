import { parseMark } from './parseMark';
import type { Level, Mark } from './schema';

// Each mark is a folder with a definition.json; adding a folder adds the mark everywhere.
const files = import.meta.glob<unknown>('./marks/*/definition.json', { eager: true, import: 'default' });

/** Every mark, validated, in alphabetical order of folder. */
export const marks: readonly Mark[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, data]) => parseMark(data, `src/frameworks/${path.replace(/^\.\//, '')}`));

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
