import { base as configuredBase } from 'astro:config/client';

/** Site-relative paths, one place for every URL shape so links and routes never disagree. */
// astro:config/client gives the configured base; import.meta.env.BASE_URL read "/" in the build.
const base = configuredBase.replace(/\/$/, '');

/** Prefixes a site path ("/marks/x/") with the configured base path. */
export const href = (path: string): string => `${base}${path}`;

export const paths = {
  home: '/',
  mark: (markId: string) => `/marks/${markId}/`,
  page: (markId: string, slug: string) => (slug === 'index' ? `/marks/${markId}/` : `/marks/${markId}/${slug}/`),
  level: (markId: string, levelId: string) => `/marks/${markId}/levels/${levelId}/`,
  levelPack: (markId: string, levelId: string) => `/marks/${markId}/levels/${levelId}/print/`,
  selfAssessment: (markId: string, levelId: string) => `/marks/${markId}/levels/${levelId}/self-assessment/`,
  readiness: (markId: string) => `/marks/${markId}/readiness/`,
  audit: (markId: string) => `/marks/${markId}/audit/`,
  questionnaire: (markId: string) => `/marks/${markId}/questionnaire/`,
  priorities: (markId: string) => `/marks/${markId}/priorities/`,
  surveys: (markId: string) => `/marks/${markId}/surveys/`,
  files: (markId: string) => `/marks/${markId}/answers/`,
  plan: (markId: string) => `/marks/${markId}/plan/`,
  report: (markId: string) => `/marks/${markId}/report/`,
  team: (markId: string) => `/marks/${markId}/team/`,
  definition: (markId: string) => `/marks/${markId}/definition.json`,
  shared: (markId: string) => `/marks/${markId}/shared/`,
  device: '/on-this-device/',
  search: '/search/',
  accessibility: '/accessibility/',
  privacy: '/privacy/',
};

/** A step of a breadcrumb trail. */
export interface Crumb {
  label: string;
  /** Site path without the base: "/marks/<mark-id>/". */
  path: string;
}
