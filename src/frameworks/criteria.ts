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
}

/** Every criterion of a criteria block, in reading order. */
export function listCriteria(criteria: Criteria): CriterionEntry[] {
  switch (criteria.kind) {
    case 'roleGrid':
      return criteria.areas.flatMap((area, ai) =>
        area.rows.flatMap((row, ri) =>
          criteria.roles.flatMap((role) => {
            const statement = row[role.id];
            return statement === undefined ? [] : [{ statement, group: area.label, role: role.label, path: ['areas', ai, 'rows', ri, role.id] }];
          }),
        ),
      );
    case 'statements':
      return criteria.statements.map((statement, i) => ({ statement, path: ['statements', i] }));
    case 'roleActivities':
      return criteria.roles.flatMap((role, ri) =>
        role.activities.map((statement, i) => ({
          statement,
          group: role.label,
          role: role.label,
          path: ['roles', ri, 'activities', i],
        })),
      );
    case 'elements':
      return criteria.elements.map((statement, i) => ({ statement, path: ['elements', i] }));
  }
}

/** The words of one of a level's answers ("In place"); an option the level no longer has stands as its id. */
export const responseLabel = (level: Level, optionId: string): string => level.responses.options.find((o) => o.id === optionId)?.label ?? optionId;

/** Every criterion of a level, in reading order. */
export const levelCriteria = (level: Level): CriterionEntry[] => listCriteria(level.criteria);
