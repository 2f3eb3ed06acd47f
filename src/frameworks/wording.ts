import type { Mark } from './schema';

// Words the pages and tools build from a mark's own nouns, so no mark's vocabulary is written into shared code.

/** A word or phrase at the start of a heading: "stage" → "Stage". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A noun for one and for several. */
export interface Noun {
  one: string;
  other: string;
}

/** "1 item", "8 items": a count with the singular or plural noun. */
export const countOf = (count: number, noun: Noun): string => `${count} ${count === 1 ? noun.one : noun.other}`;

/** What the mark calls its levels: { one: "stage", other: "stages" }. */
export const levelNouns = (mark: Pick<Mark, 'levelNoun' | 'levelNounPlural'>): Noun => ({ one: mark.levelNoun, other: mark.levelNounPlural });

/** Words as a sentence: a full stop added unless they already end with one (or "?", "!", "…"). */
export const asSentence = (text: string): string => (/[.?!…]["’”)]?$/.test(text.trim()) ? text : `${text}.`);

/** A level's grid title with its name before it ("<level>: …"), unless the source's title already begins with the name. */
export const levelTitled = (name: string, title: string): string =>
  title.toLowerCase().startsWith(name.toLowerCase()) ? title : `${name}: ${title}`;
