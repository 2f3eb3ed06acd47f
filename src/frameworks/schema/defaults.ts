// Defaults of a mark's wording fields as plain values, so browser code can fall back on them without bundling zod.

/** What a mark calls its levels when its definition does not say. */
export const DEFAULT_LEVEL_NOUN = 'level';

/** The ratings tools' wording when a mark's definition does not give its own. */
export const DEFAULT_RATINGS_WORDING = {
  itemNoun: { one: 'item', other: 'items' },
  auditTitle: 'Leaders’ audit',
  questionnaireTitle: 'Staff questionnaire',
  questionnaireIntro: 'Rate each statement about our school. There are no right answers.',
  prioritiesTitle: 'Priorities',
};

/** The survey tool's title when a mark's definition does not give its own. */
export const DEFAULT_SURVEYS_TITLE = 'Survey summary';

/** The heading of the criteria a group's action plan should address (the team page) when a level does not give its own. */
export const DEFAULT_TEAM_PLAN_HEADING = 'What the action plan should address';
