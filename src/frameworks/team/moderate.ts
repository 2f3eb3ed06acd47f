import type { CriterionAnswer, LevelAnswers, MarkAnswers } from '../saved/answers';
import type { MarkData } from '../markFile/format';
import { PLAN_STATUSES, type PlanStatus } from '../plan/status';
import type { PlanDetails, PlanEntry } from '../saved/planDetails';
import type { Level } from '../schema';
import type { CriterionSpread, LevelSpread } from './combineLevel';

/** The most often given answer (a whole response: one option, or the set ticked), or undefined when none was given or two or more tie. */
export function majorityAnswer(spread: CriterionSpread): string[] | undefined {
  const tally = new Map<string, { response: string[]; count: number }>();
  for (const response of spread.byFile) {
    if (response.length === 0) continue;
    const key = response.join('\u0000');
    const entry = tally.get(key) ?? { response, count: 0 };
    entry.count += 1;
    tally.set(key, entry);
  }
  const ranked = [...tally.values()].sort((a, b) => b.count - a.count);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]!.count === ranked[1]!.count)) return undefined;
  return ranked[0]!.response;
}

/** Criterion id → the agreed answer; a criterion without one is left unanswered. */
export type AgreedAnswers = Readonly<Record<string, readonly string[] | undefined>>;

/** The agreed answers the leader starts from: the majority for each criterion, none where answers tie. */
export function defaultAgreed(spread: LevelSpread): Record<string, string[]> {
  const agreed: Record<string, string[]> = {};
  for (const criterion of spread.criteria) {
    const majority = majorityAnswer(criterion);
    if (majority) agreed[criterion.entry.statement.id] = majority;
  }
  return agreed;
}

/**
 * The agreed answers: the leader's own choices (an empty one is "no answer") for the criteria that
 * still have an answer in the files combined, and the majority for the rest. Choices outlive adding or
 * removing a file; a choice for a criterion that no file now answers no longer applies.
 */
export function agreedAnswers(spread: LevelSpread, choices: AgreedAnswers = {}): Record<string, string[]> {
  const agreed = defaultAgreed(spread);
  for (const criterion of spread.criteria) {
    const id = criterion.entry.statement.id;
    const choice = choices[id];
    if (choice !== undefined && criterion.answered > 0) agreed[id] = [...choice];
  }
  return agreed;
}

/** The note that keeps the spread as evidence, and how to know one written by an earlier moderation. */
export interface SpreadNote {
  /** The words: "Combined from 3 of 3 files: In place 2, Not yet 1." */
  write: (spread: CriterionSpread, level: Level, files: number) => string;
  /** Whether a line of evidence is such a note. */
  matches: (line: string) => boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Recognises the lines a note's words make, whatever its values: `fill` writes the note with the
 * given stand-in in place of every value (from the text map, so it holds in any wording).
 */
export function noteMatcher(fill: (value: string) => string): (line: string) => boolean {
  const standIn = '\u0000';
  const pattern = new RegExp(`^${fill(standIn).split(standIn).map(escapeRegExp).join('.*')}$`);
  return (line) => pattern.test(line.trim());
}

/** The parts of a spread note's words, as the text map's `team.note` takes them. */
export type SpreadNoteParts = {
  answered: number | string;
  files: number | string;
  /** "In place 2, Not yet 1": each option chosen, with how many chose it. */
  counts: string;
};

/**
 * The spread note of `level`, worded by `say` (the text map's `team.note`): one wording for the team page
 * and for everything that checks what it writes.
 */
export function spreadNote(level: Level, say: (parts: SpreadNoteParts) => string): SpreadNote {
  const counts = (spread: CriterionSpread) =>
    level.responses.options
      .map((o, i) => ({ label: o.label, count: spread.counts[i] ?? 0 }))
      .filter((o) => o.count > 0)
      .map((o) => `${o.label} ${o.count}`)
      .join(', ');
  return {
    write: (spread, _level, files) => say({ answered: spread.answered, files, counts: counts(spread) }),
    matches: noteMatcher((value) => say({ answered: value, files: value, counts: value })),
  };
}

/** The box that holds a criterion's agreed note and spread: the level's evidence field, else its first; none where it has no box. */
export const spreadFieldOf = (level: Level): string | undefined => (level.fields.find((f) => f.purpose === 'evidence') ?? level.fields[0])?.id;

/** One colleague's (or school's) answers to a level as they join the agreed set, named as their words will be attributed. */
export interface TeamSource {
  /** "Ann Patel (Deputy head)", or a file's name where it names nobody. */
  author: string;
  answers: LevelAnswers | undefined;
  /** Their plan's details (owner, date, status) for the mark, if their file holds any. */
  plan?: PlanDetails | undefined;
  /** What makes their file the one it is (TeamFile.key), so a note edited before it was added still takes its words. */
  key?: string;
  /** Who to suggest as an action's owner where they gave none: their name as they would type it ("Ann Patel"); the author where the file names nobody. */
  owner?: string;
}

/** The agreed note of a criterion as the moderator edited it, and the files (by key) combined when they did. */
export interface EditedNote {
  text: string;
  files: readonly string[];
}

/** Writes a note with the people who wrote it: "Ann Patel (Deputy head): Minutes of …", or two names for a text both wrote. */
export type Attribute = (authors: readonly string[], text: string) => string;

/**
 * Every colleague's text for one box, attributed, in the files' order; a text written the same
 * (ignoring spaces at either end) by several people is given once, with all their names.
 */
export function attributedTexts(texts: readonly { author: string; text: string }[], attribute: Attribute): string[] {
  const byText = new Map<string, string[]>();
  for (const { author, text } of texts) {
    const words = text.trim();
    if (words === '') continue;
    const authors = byText.get(words) ?? [];
    if (!authors.includes(author)) authors.push(author);
    byText.set(words, authors);
  }
  return [...byText].map(([text, authors]) => attribute(authors, text));
}

/** What the box held (without any spread note), then every colleague's text it does not already hold, then the spread note if any. */
function combinedText(before: string, blocks: readonly string[], spreadLine: string, note: SpreadNote): string {
  const written = before
    .split('\n')
    .filter((line) => !note.matches(line))
    .join('\n')
    .trim();
  const added = blocks.filter((block) => !written.includes(block));
  return [written, ...added, spreadLine].filter(Boolean).join('\n');
}

/**
 * The device's answers with one level replaced by the moderated set: each criterion's agreed
 * answer; in every text box (evidence, action, …) what the device held, then each colleague's
 * words, attributed, identical texts once; and in the level's evidence field (its first field when
 * it has none) the spread the answer came from, beside the notes. A spread note from an earlier
 * moderation is replaced, and words already there are not added again, so moderating twice adds
 * nothing. The level's requirement notes are combined the same way; other levels are left as they are.
 * Where the moderator edited a criterion's agreed note (`edited`, criterion id → note), their words
 * stand in its evidence field in place of what the device held and the files gave, and only a file
 * combined after the edit adds its words to them; the spread line is written afresh, or left out where they took it out.
 */
export function moderatedAnswers(
  current: MarkAnswers,
  spread: LevelSpread,
  agreed: AgreedAnswers,
  note: SpreadNote,
  sources: readonly TeamSource[] = [],
  attribute: Attribute = (authors, text) => `${authors.join(', ')}: ${text}`,
  edited: Readonly<Record<string, EditedNote>> = {},
): MarkAnswers {
  const { level } = spread;
  const spreadField = spreadFieldOf(level);
  const before: LevelAnswers = current.levels[level.id] ?? { criteria: {}, requirements: {} };
  const criteria: Record<string, CriterionAnswer> = { ...before.criteria };
  for (const criterion of spread.criteria) {
    const id = criterion.entry.statement.id;
    const was = before.criteria[id] ?? { response: [], texts: {} };
    const ownFields = new Set(level.fields.map((f) => f.id));
    // Boxes the level does not have are kept as they were; the level's own are combined.
    const texts: Record<string, string> = Object.fromEntries(Object.entries(was.texts).filter(([key]) => !ownFields.has(key)));
    for (const field of level.fields) {
      const edit = field.id === spreadField ? edited[id] : undefined;
      const from = edit ? sources.filter((source) => source.key === undefined || !edit.files.includes(source.key)) : sources;
      const blocks = attributedTexts(
        from.map((source) => ({ author: source.author, text: source.answers?.criteria[id]?.texts[field.id] ?? '' })),
        attribute,
      );
      // The spread is written afresh, unless the moderator took it out of the note they edited.
      const keepsSpread = !edit || edit.text.split('\n').some(note.matches);
      const spreadLine = field.id === spreadField && criterion.answered > 0 && keepsSpread ? note.write(criterion, level, spread.files) : '';
      const text = combinedText(edit ? edit.text : (was.texts[field.id] ?? ''), blocks, spreadLine, note);
      if (text !== '') texts[field.id] = text;
    }
    criteria[id] = { response: [...(agreed[id] ?? [])], texts };
  }
  const requirements: Record<string, string> = { ...before.requirements };
  for (const requirement of level.requirements) {
    const blocks = attributedTexts(
      sources.map((source) => ({ author: source.author, text: source.answers?.requirements[requirement.id] ?? '' })),
      attribute,
    );
    const text = combinedText(before.requirements[requirement.id] ?? '', blocks, '', note);
    if (text !== '') requirements[requirement.id] = text;
  }
  return { ...current, levels: { ...current.levels, [level.id]: { criteria, requirements } } };
}

const STATUS_ORDER: readonly PlanStatus[] = PLAN_STATUSES;

/**
 * The device's plan with the colleagues' details for one level's actions brought across, so nothing
 * is typed twice: for every criterion someone wrote an action for, the owner each of them gave (or,
 * where they gave none, their own name, as the suggested owner), the earliest date any of them set, the
 * status least far on, and their impact notes attributed. A row the device already has details for is
 * left as it is: the moderator's own word stands.
 */
export function moderatedPlan(
  current: PlanDetails | undefined,
  level: Level,
  sources: readonly TeamSource[],
  attribute: Attribute = (authors, text) => `${authors.join(', ')}: ${text}`,
): PlanDetails {
  const rows: Record<string, PlanEntry> = { ...(current?.rows ?? {}) };
  const actionFields = level.fields.filter((f) => f.purpose === 'action').map((f) => f.id);
  const ids = new Set(sources.flatMap((source) => Object.keys(source.answers?.criteria ?? {})));
  for (const id of ids) {
    const rowId = `${level.id}/${id}`;
    const writers = sources.filter((source) => actionFields.some((f) => (source.answers?.criteria[id]?.texts[f]?.trim() ?? '') !== ''));
    const given = sources.map((source) => ({ source, entry: source.plan?.rows[rowId] })).filter(({ entry }) => entry !== undefined);
    if (writers.length === 0 && given.length === 0) continue;
    const mine = rows[rowId];
    if (mine && (mine.owner.trim() !== '' || mine.due !== '' || mine.impact.trim() !== '')) continue;
    const people = [...writers, ...given.map(({ source }) => source).filter((source) => !writers.includes(source))];
    const named = people.map((source) => source.plan?.rows[rowId]?.owner.trim() || source.owner || source.author);
    // One person named twice (a given owner and a suggested one, in other capitals) is one owner.
    const owners = named.filter((owner, i) => named.findIndex((o) => o.toLowerCase() === owner.toLowerCase()) === i);
    const dues = given
      .map(({ entry }) => entry!.due)
      .filter((due) => due !== '')
      .sort();
    const statuses = given.map(({ entry }) => entry!.status);
    const status = statuses.length === 0 ? 'not-started' : STATUS_ORDER.find((s) => statuses.includes(s))!;
    const impact = attributedTexts(
      given.map(({ source, entry }) => ({ author: source.author, text: entry!.impact })),
      attribute,
    ).join('\n');
    const actions = attributedTexts(
      given.map(({ source, entry }) => ({ author: source.author, text: entry!.action })),
      attribute,
    ).join('\n');
    rows[rowId] = { action: mine?.action || actions, owner: owners.join('; '), due: dues[0] ?? '', status, impact };
  }
  return { version: 1, rows };
}

/**
 * The part of a device's data that using one level's agreed set can change: that level's answers
 * and its plan rows. The check before replacing counts these, not the other levels' answers.
 */
export function levelPart(data: MarkData, levelId: string): MarkData {
  const answers = data.answers?.levels[levelId];
  return {
    ...(data.answers ? { answers: { ...data.answers, levels: answers ? { [levelId]: answers } : {} } } : {}),
    ...(data.plan
      ? { plan: { ...data.plan, rows: Object.fromEntries(Object.entries(data.plan.rows).filter(([id]) => id.startsWith(`${levelId}/`))) } }
      : {}),
  };
}
