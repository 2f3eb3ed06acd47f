import { en, ISLAND_TEXT, type TextKey } from '~/text/en';
import { readinessTitle as titleOfReadiness } from '~/text/readinessTitle';
import { pickText, translator, type TextMap } from '~/text/translate';
import type { Mark } from '~/frameworks/schema';
import { ruleText } from '~/text/ruleText';
import { site } from './config';

/** The interface text of this copy: English, with the brand file's rewordings over it. */
export const text: TextMap = { ...en, ...site.text };

/** `t(key, params)` for pages and components. */
export const t = translator<TextKey>(text);

const islandTexts = new Map<keyof typeof ISLAND_TEXT, TextMap>();

/** What a tool's island receives as its `text` prop: the keys that tool reads, and no others (picked once a tool per build). */
export function islandText(tool: keyof typeof ISLAND_TEXT): TextMap {
  if (!islandTexts.has(tool)) islandTexts.set(tool, pickText(text, ISLAND_TEXT[tool]));
  return islandTexts.get(tool)!;
}

/** "Level readiness", "Stage readiness", or just "Readiness" for a mark with a single level. */
export const readinessTitle = (mark: Pick<Mark, 'levels' | 'levelNoun'>): string => titleOfReadiness(t, mark);

/** The words of the control that clears a mark's level answers, on its self-assessments and readiness checker. */
export const clearMarkAnswers = (mark: Pick<Mark, 'name' | 'levelNoun'>) => ({
  label: t('tools.clearMarkAnswers'),
  what: t('tools.clearMarkAnswersWhat', { mark: mark.name, noun: mark.levelNoun }),
});

/** A level's rule in words ("at least 6 of 8 criteria met…"), in this copy's text. */
export const levelRuleText = (level: Parameters<typeof ruleText>[1]): string => ruleText(t, level);

export { asSentence, countOf, levelNouns } from '~/frameworks/wording';
export { pickText } from '~/text/translate';
