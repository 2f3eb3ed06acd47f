import { createContext, Fragment, useContext, type ReactNode } from 'react';
import type { IslandTextKey } from '~/text/en';
import { translator } from '~/text/translate';

export type Translate = ReturnType<typeof translator<IslandTextKey>>;

/** The interface text of the tool around a component; ToolShell provides it from the island's props. */
export const TextContext = createContext<Translate>(translator<IslandTextKey>({}));

/** `t(key, params)` for the interface text. */
export const useText = (): Translate => useContext(TextContext);

/**
 * A date in words, from the text map ("26 November 2026"), so a brand's rewording reaches it. Not
 * toLocaleDateString: its first call loads the locale's calendar data, a task of 65 ms on a slow laptop.
 */
export const dateInWords = (t: Translate, date: Date): string =>
  t('print.date', { day: date.getDate(), month: t('print.months').split(' ')[date.getMonth()] ?? '', year: date.getFullYear() });

/** A target date kept as YYYY-MM-DD, in words ("1 October 2026"), as every other date is shown; empty stays empty. */
export function dueInWords(t: Translate, due: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  return match ? dateInWords(t, new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : due;
}

/** Puts elements (a link, a strong) where a text has `{name}` placeholders: "See {link} first." */
export function fill(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  return text.split(/\{(\w+)\}/g).map((part, i) => <Fragment key={i}>{i % 2 === 1 ? (nodes[part] ?? `{${part}}`) : part}</Fragment>);
}
