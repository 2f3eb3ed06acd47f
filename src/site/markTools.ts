import type { Mark } from '~/frameworks/schema';
import { readinessTitle, t } from '~/site/text';
import { href, paths } from '~/site/paths';
import { markRef, type MarkRef } from '~/frameworks/markFile/kinds';

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
          ...mark.levels.map((l) => ({ label: t('mark.levelSelfAssessment', { level: l.name }), path: paths.selfAssessment(mark.id, l.id) })),
          { label: readinessTitle(mark), path: paths.readiness(mark.id), primary: true },
        ];
  const ratingTools = mark.ratings
    ? [
        { label: mark.ratings.auditTitle, path: paths.audit(mark.id), primary: true },
        { label: mark.ratings.questionnaireTitle, path: paths.questionnaire(mark.id), primary: true },
        { label: mark.ratings.prioritiesTitle, path: paths.priorities(mark.id) },
      ]
    : [];
  const surveyTools = mark.surveys ? [{ label: mark.surveys.title, path: paths.surveys(mark.id), primary: true }] : [];
  const planTools =
    mark.levels.length > 0 || mark.ratings
      ? [
          { label: t('planPage.title'), path: paths.plan(mark.id) },
          { label: t('reportPage.title'), path: paths.report(mark.id) },
        ]
      : [];
  const teamTools = mark.levels.length === 0 ? [] : [{ label: t('teamPage.title'), path: paths.team(mark.id) }];
  return [...surveyTools, ...ratingTools, ...levelTools, ...teamTools, ...planTools, { label: t('filesPage.title'), path: paths.files(mark.id) }];
}

/**
 * What a tool needs to save the mark's answers to a file, and where the rest of the file work is: the shell's
 * KeepProps (src/widgets/shell/keep.ts), by its shape, as pages' code imports nothing from the widgets' parts.
 */
export const keepProps = (mark: Mark): { mark: MarkRef; filesHref: string } => ({
  mark: markRef(mark),
  filesHref: href(paths.files(mark.id)),
});
