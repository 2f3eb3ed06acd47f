import { levelCriteria, type CriterionEntry } from '../criteria';
import type { LevelAnswers } from '../saved/answers';
import type { Level } from '../schema';

/** How a team answered one criterion of a level. */
export interface CriterionSpread {
  entry: CriterionEntry;
  /** Position in the level's reading order. */
  index: number;
  /** How many files chose each option, in the level's option order. */
  counts: number[];
  /** Files that answered it. */
  answered: number;
  /** Files whose answer meets it. */
  meeting: number;
  /** meeting / answered; undefined when no file answered it. */
  share: number | undefined;
  /** Some answers meet it and some do not. */
  disagree: boolean;
  /** How wide the disagreement is: the smaller side over those who answered, 0 (all agree) to 0.5 (evenly split). */
  width: number;
  /** Each file's chosen option ids, in the files' order (the side-by-side view). */
  byFile: string[][];
}

/** A level's criteria as a team answered them. */
export interface LevelSpread {
  level: Level;
  /** Files with at least one answer on this level. */
  files: number;
  /** Every criterion in reading order. */
  criteria: CriterionSpread[];
}

/**
 * Combines the answers of any number of files for one level: per criterion, how many chose each
 * option, how many meet it, and whether people disagree (an option that meets it and one that
 * does not were both chosen). Answers to criteria the level no longer has are not counted.
 */
export function combineLevel(level: Level, answers: readonly (LevelAnswers | undefined)[]): LevelSpread {
  const options = level.responses.options;
  const position = new Map(options.map((o, i) => [o.id, i]));
  const meets = new Set(options.filter((o) => o.meets).map((o) => o.id));
  let files = 0;
  for (const a of answers) if (a && Object.values(a.criteria).some((c) => c.response.some((id) => position.has(id)))) files += 1;
  const criteria = levelCriteria(level).map((entry, index): CriterionSpread => {
    const counts = options.map(() => 0);
    let answered = 0;
    let meeting = 0;
    const byFile = answers.map((a) => (a?.criteria[entry.statement.id]?.response ?? []).filter((id) => position.has(id)));
    for (const response of byFile) {
      if (response.length === 0) continue;
      answered += 1;
      for (const id of response) counts[position.get(id)!]! += 1;
      if (response.some((id) => meets.has(id))) meeting += 1;
    }
    const notMeeting = answered - meeting;
    return {
      entry,
      index,
      counts,
      answered,
      meeting,
      share: answered === 0 ? undefined : meeting / answered,
      disagree: meeting > 0 && notMeeting > 0,
      width: answered === 0 ? 0 : Math.min(meeting, notMeeting) / answered,
      byFile,
    };
  });
  return { level, files, criteria };
}

/** How many different options were chosen for a criterion. */
const optionsChosen = (spread: CriterionSpread) => spread.counts.filter((count) => count > 0).length;

/**
 * The criteria with the widest disagreement first: an even split before a lone dissenter, then
 * more different options chosen, then the level's reading order.
 */
export function widestFirst(criteria: readonly CriterionSpread[]): CriterionSpread[] {
  return [...criteria].sort((a, b) => b.width - a.width || optionsChosen(b) - optionsChosen(a) || a.index - b.index);
}
