import shape from 'virtual:qmh/saved-shape/answers';
import type { MarkAnswers } from '~/frameworks/saved/answers';
import { saved } from './saved';

/** A mark's level answers: every criterion, note and action, shared by all its pages. */
export const levelAnswersOf = (markId: string) => saved<MarkAnswers>('answers', markId, shape);
