import { marks } from '~/site/config';

// getStaticPaths for the generated pages: one place says which marks get which pages.

/** A page per level of every mark: its grid, its self-assessment. */
export const levelPaths = () =>
  marks.flatMap((mark) => mark.levels.map((level) => ({ params: { mark: mark.id, level: level.id }, props: { mark, level } })));

/** A page per mark that has levels: its readiness checker. */
export const markWithLevelsPaths = () => marks.filter((m) => m.levels.length > 0).map((mark) => ({ params: { mark: mark.id }, props: { mark } }));

/** A page per mark with rated items: audit, questionnaire, priorities. */
export const ratingsPaths = () =>
  marks.flatMap((mark) => (mark.ratings ? [{ params: { mark: mark.id }, props: { mark, ratings: mark.ratings } }] : []));

/** A page per mark with stakeholder surveys. */
export const surveysPaths = () =>
  marks.flatMap((mark) => (mark.surveys ? [{ params: { mark: mark.id }, props: { mark, surveys: mark.surveys } }] : []));

/** A page per mark with criteria or rated items to act on: its action plan and its report for the assessor. */
export const planPaths = () => marks.filter((m) => m.levels.length > 0 || m.ratings).map((mark) => ({ params: { mark: mark.id }, props: { mark } }));

/** A page per mark: its files, shared links and definition. */
export const markPaths = () => marks.map((mark) => ({ params: { mark: mark.id }, props: { mark } }));
