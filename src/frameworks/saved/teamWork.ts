import { z } from 'zod';
import { MarkAnswers } from './answers';
import { keepWhatReads } from './keepWhatReads';
import { FilePerson } from './personDetails';
import { PlanDetails } from './planDetails';

/** A colleague's or cluster school's file as the team page keeps it, read and checked when it was added. */
export const TeamWorkFile = z.strictObject({
  /** The file's name as chosen or dropped. */
  name: z.string(),
  /** The school named in the file. Default: none. */
  school: z.string().default(''),
  /** Who saved it. Default: nobody named (an older file). */
  person: FilePerson,
  /** When it was saved (ISO 8601). */
  savedAt: z.string().min(1),
  /** The definition's revision the answers were given against. */
  revision: z.int().positive(),
  answers: MarkAnswers,
  /** Their plan's details, if the file held any. Default: none. */
  plan: PlanDetails.optional(),
  /** What makes two files the same (src/frameworks/team/readTeamFiles.ts). */
  key: z.string().min(1),
});

/** The team page's work on one mark, kept as the files and choices are made: `qmh:team:<mark-id>`. */
export const TeamWork = z.strictObject({
  version: z.literal(1),
  /** The files combined, in the order they were added. A damaged file is dropped alone. Default: none. */
  files: keepWhatReads(z.array(TeamWorkFile)).default([]),
  /** Level id → criterion id → the answer the moderator chose (empty: no answer). Default: none. */
  choices: z.record(z.string(), z.record(z.string(), z.array(z.string()))).default({}),
  /**
   * Level id → criterion id → the agreed note as the moderator edited it on the team page, with the
   * keys of the files combined when they did: words from a file added later are still added. Default: none.
   */
  notes: z.record(z.string(), z.record(z.string(), z.strictObject({ text: z.string(), files: z.array(z.string()) }))).default({}),
  /** The level shown; empty for the first. Default: the first. */
  level: z.string().default(''),
  /** Whether each file's answers are shown side by side: "auto" follows the level. Default: auto. */
  sideBySide: z.enum(['auto', 'on', 'off']).default('auto'),
});

export type TeamWorkFile = z.output<typeof TeamWorkFile>;
export type TeamWork = z.output<typeof TeamWork>;
