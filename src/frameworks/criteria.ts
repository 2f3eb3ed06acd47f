import type { Criteria, Statement } from './schema/criteria';
import type { Level } from './schema/level';

/** A criterion with where it sits: the area or role it belongs to. */
export interface CriterionEntry {
  statement: Statement;
  /** The area (grids) or role (activities) it sits under; absent for flat lists. */
  group?: string;
  /** The role it is for, where the criteria are by role. */
  role?: string;
  /** Its path inside the criteria block, for error messages. */
  path: (string | number)[];
  /** Its short reference, e.g. "B3.2": the level's initials, then area (or role) and place, or its number in a flat list. */
  ref: string;
}

/** The initials of a level's name, which begin its criteria's references: "B" for a level named "Blue", "GS" for one named "Green Star". */
export const levelRefPrefix = (level: Pick<Level, 'name'>): string =>
  level.name
    .split(/[\s/-]+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');

/**
 * Every criterion of a criteria block, in reading order, each with its reference after `prefix`:
 * area and place in the area (a grid's rows read across its roles), role and place, or place in the list.
 */
export function listCriteria(criteria: Criteria, prefix = ''): CriterionEntry[] {
  switch (criteria.kind) {
    case 'roleGrid':
      return criteria.areas.flatMap((area, ai) => {
        const inArea = area.rows.flatMap((row, ri) =>
          criteria.roles.flatMap((role) => {
            const statement = row[role.id];
            return statement === undefined ? [] : [{ statement, group: area.label, role: role.label, path: ['areas', ai, 'rows', ri, role.id] }];
          }),
        );
        return inArea.map((entry, i) => ({ ...entry, ref: `${prefix}${ai + 1}.${i + 1}` }));
      });
    case 'statements':
      return criteria.statements.map((statement, i) => ({ statement, path: ['statements', i], ref: `${prefix}${i + 1}` }));
    case 'roleActivities':
      return criteria.roles.flatMap((role, ri) =>
        role.activities.map((statement, i) => ({
          statement,
          group: role.label,
          role: role.label,
          path: ['roles', ri, 'activities', i],
          ref: `${prefix}${ri + 1}.${i + 1}`,
        })),
      );
    case 'elements':
      return criteria.elements.map((statement, i) => ({ statement, path: ['elements', i], ref: `${prefix}${i + 1}` }));
  }
}

/** Each criterion's reference by its id, for a page or tool that lists a level's criteria in another order. */
export const criterionRefs = (level: Level): Map<string, string> => new Map(levelCriteria(level).map((c) => [c.statement.id, c.ref]));

/** The words of one of a level's answers ("In place"); an option the level no longer has stands as its id. */
export const responseLabel = (level: Level, optionId: string): string => level.responses.options.find((o) => o.id === optionId)?.label ?? optionId;

/** Every criterion of a level, in reading order. */
export const levelCriteria = (level: Level): CriterionEntry[] => listCriteria(level.criteria, levelRefPrefix(level));

/** The anchor of a criterion's field in a self-assessment: the action plan's links land on it. */
export const criterionAnchor = (id: string): string => `criterion-${id}`;
