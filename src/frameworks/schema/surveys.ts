import { z } from 'zod';
import { Role } from './criteria';
import { DEFAULT_SURVEYS_TITLE } from './defaults';
import { Text } from './text';

/** Stakeholder surveys whose results a school records or imports from an online form's CSV. */
export const Surveys = z.strictObject({
  groups: z.array(Role).min(1, { error: 'needs at least one group' }).describe('The groups surveyed, in order. Required, at least one.'),
  agreeAnswers: z
    .array(Text)
    .min(1, { error: 'needs at least one answer that counts as agreeing' })
    .describe('Answers that count as agreeing, as written in a form\'s export: "Strongly agree", "Agree". Required.'),
  otherAnswers: z
    .array(Text)
    .min(1, { error: 'needs the answers that do not count as agreeing' })
    .describe('Every other answer a question may have: "Disagree", "Don\'t know". Required.'),
  ignoreColumns: z.array(Text).default(['Timestamp']).describe('Columns a form adds that are not questions. Default: "Timestamp".'),
  minimumToShow: z
    .int({ error: 'must be a whole number such as 5' })
    .min(1, { error: 'must be 1 or more' })
    .default(5)
    .describe(
      'A group with fewer responses than this, or a question with fewer answers, is not broken down (its shares agreeing are not shown), so no small group can be identified. Default: 5.',
    ),
  title: Text.default(DEFAULT_SURVEYS_TITLE).describe('The survey tool\'s title, in its page heading and navigation. Default: "Survey summary".'),
  targetsNote: Text.optional().describe('What the source says, or does not say, about the figures a school should reach. Default: none.'),
});

/** A mark's surveys as the site uses them. */
export type Surveys = z.output<typeof Surveys>;
