import type { Mark } from '~/frameworks/schema';
import { capitalise } from '~/frameworks/wording';
import type { TextKey } from './en';

/** "Level readiness", "Stage readiness", or just "Readiness" for a mark with a single level. */
export const readinessTitle = (t: (key: TextKey, params?: Record<string, string>) => string, mark: Pick<Mark, 'levels' | 'levelNoun'>): string =>
  mark.levels.length > 1 ? t('readinessPage.titleOf', { Noun: capitalise(mark.levelNoun) }) : t('readinessPage.title');
