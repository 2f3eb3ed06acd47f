/** The site's own name and strapline, shown in the header, titles and footer. */
export const site = {
  name: 'Quality Mark Handbook',
  tagline: 'School quality marks: criteria, guidance and self-assessment that stays on your device.',
};
