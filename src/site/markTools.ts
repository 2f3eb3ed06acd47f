import type { Mark } from '~/frameworks/schema';
import { paths } from '~/site/paths';

export interface ToolLink {
  label: string;
  /** Site path without the base. */
  path: string;
  /** A starting point worth offering on the home page. */
  primary?: boolean;
}

/** The self-assessment tools a mark's definition gives it, in the order a school would use them. */
export function markTools(mark: Mark): ToolLink[] {
  const levelTools =
    mark.levels.length === 0
      ? []
      : [
          ...mark.levels.map((l) => ({ label: `${l.name} self-assessment`, path: paths.selfAssessment(mark.id, l.id) })),
          { label: readinessTitle(mark), path: paths.readiness(mark.id), primary: true },
        ];
  const ratingTools = mark.ratings
    ? [
        { label: 'Leaders’ audit', path: paths.audit(mark.id), primary: true },
        { label: 'Staff questionnaire', path: paths.questionnaire(mark.id), primary: true },
        { label: 'Priorities for the AIP and SEF', path: paths.priorities(mark.id) },
      ]
    : [];
  const surveyTools = mark.surveys ? [{ label: 'Survey summary', path: paths.surveys(mark.id), primary: true }] : [];
  return [...surveyTools, ...ratingTools, ...levelTools];
}

/** "Level readiness", "Stage readiness", or just "Readiness" for a single level. */
export const readinessTitle = (mark: Mark) => (mark.levels.length > 1 ? `${mark.levelNoun === 'stage' ? 'Stage' : 'Level'} readiness` : 'Readiness');
