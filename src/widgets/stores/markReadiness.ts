import { computed } from 'nanostores';
import { readiness, type MarkReadiness } from '~/frameworks/scoring/readiness';
import type { Mark } from '~/frameworks/schema';
import { levelAnswersOf } from './levelAnswers';
import type { Result } from './levelResults';
import { memo } from './memo';

// Apart from levelResults.ts, so that a level's self-assessment, which shows one level, loads no readiness code.

/** `$readiness`: every level of a mark, with the sequence rule applied. */
export const markReadiness = (mark: Mark): Result<MarkReadiness> =>
  memo(`readiness:${mark.id}`, () => {
    const answers = levelAnswersOf(mark.id);
    return { $value: computed(answers.$value, (a) => readiness(mark, a)), initial: readiness(mark, answers.initial) };
  });
