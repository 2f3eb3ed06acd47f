import { levelCriteria } from '~/frameworks/criteria';
import type { Level, Mark } from '~/frameworks/schema';
import { marks, site } from './config';
import { t } from './text';

/** The key a page gives its <html data-print> so its printed sheets carry its running header. */
export const printKey = (mark: Pick<Mark, 'id'>, level?: Pick<Level, 'id'>): string => (level ? `${mark.id}--${level.id}` : mark.id);

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (s: string): string =>
  `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;

/** "Page {page} of {pages}" as CSS content: strings around the page counters. */
const pageCounter = (): string =>
  t('printPage.pageOf', { page: '{page}', pages: '{pages}' })
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');

/** A date in words from the text map ("26 November 2026"), as the tools write it (src/widgets/shell/text.tsx). */
export const dateInWords = (date: Date): string =>
  t('print.date', { day: date.getDate(), month: t('print.months').split(' ')[date.getMonth()] ?? '', year: date.getFullYear() });

/** When this copy was built: SOURCE_DATE_EPOCH (seconds) for a reproducible build, else now. */
export const builtAt = (): Date => (process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date());

/**
 * The date line of a printed sheet. A reading page runs no script, so it cannot know the day it is
 * printed: its sheets say which version of the page they show ("Web page as of …", the build's date).
 * The tools and the level packs, which run a script, replace it with "Printed …" (--qm-print-date).
 */
export const versionLine = (built: Date = builtAt()): string => t('printPage.versionLine', { date: dateInWords(built) });

/** "Printed {day} {month} {year}", for the level pack's script to fill in when the sheet is printed. */
export const printedLineTemplate = (): string => t('print.dateLine', { date: t('print.date') });

const vars = (head: string[], source?: string) => `--qm-print-head: ${cssString(head.join(' · '))}; --qm-print-source: ${cssString(source ?? '')};`;

/** Whether a level's rule asks for an action for every criterion not met, and the level has a field to write it in. */
export const asksForActions = (level: Level): boolean =>
  level.rule.kind === 'bestFit' && level.rule.actionsForUnmet && level.fields.some((f) => f.purpose === 'action');

/**
 * The words of a blank printed grid (src/styles/print.css draws them under each statement, in pseudo-elements, so a
 * grid page's screen holds none of them): a box and the label of each answer, the evidence line's label and, where
 * the rule asks for one, the action line's. The box, --qm-print-box, is print.css's; a no-break space keeps each
 * box with its label, an en and a third of an em space part the answers (print.css's former 0.7rem gap at 8pt).
 */
function gridVars(level: Level): string {
  const ticks = level.responses.options.map((o) => `var(--qm-print-box) "\\a0" ${cssString(o.label)}`).join(' "\\2002\\2004" ');
  const action = level.fields.find((f) => f.purpose === 'action');
  return [
    `--qm-print-ticks: ${ticks};`,
    `--qm-print-evidence: ${cssString(t('printPage.evidence'))};`,
    ...(asksForActions(level) && action ? [`--qm-print-action: ${cssString(action.label)};`] : []),
  ].join(' ');
}

/**
 * Custom properties for the printed sheets' margin boxes (src/styles/print.css): the site's name, the
 * mark, the level and the source on every page. Chromium has no string-set, so each page's words are
 * chosen by its <html data-print> key; @page margin boxes inherit custom properties from the root.
 */
export function printHeaderCss(): string {
  const rules = [`:root { ${vars([site.name])} --qm-print-page: ${pageCounter()}; --qm-print-date: ${cssString(versionLine())}; }`];
  for (const mark of marks) {
    const source = t('printPage.source', { title: mark.source.title, date: mark.source.date });
    rules.push(`html[data-print="${printKey(mark)}"] { ${vars([site.name, mark.name], source)} }`);
    for (const level of mark.levels) {
      rules.push(`html[data-print="${printKey(mark, level)}"] { ${vars([site.name, mark.shortName, level.name], source)} }`);
      rules.push(`[data-print-grid="${printKey(mark, level)}"] { ${gridVars(level)} }`);
    }
  }
  return `${rules.join('\n')}\n`;
}

/** Whether a level's grid prints on landscape sheets: a grid by role, or elements with writing columns beside the boxes. */
export const printsLandscape = (level: Level): boolean =>
  level.criteria.kind === 'roleGrid' || (level.criteria.kind === 'elements' && level.responses.options.length + level.fields.length > 3);

/**
 * Whether a level pack's grid starts on a sheet of its own, to hand round apart from the guidance: a grid of
 * more than five criteria does; a shorter one follows the guidance, rather than leave a sheet mostly empty.
 */
export const packGridOnNewSheet = (level: Level): boolean => levelCriteria(level).length > 5;
