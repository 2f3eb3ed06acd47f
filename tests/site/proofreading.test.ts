import { describe, expect, it } from 'vitest';
import { asSentence, levelTitled } from '~/frameworks/wording';
import { builtPages } from './builtSite';

// Proofreading every built page: the words a reader sees (scripts, styles and tags taken out, each
// element's text on its own), checked for slips a template makes when it joins words.
const visibleText = (html: string): string[] =>
  html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .split(/<[^>]+>/)
    .map((s) =>
      s
        .replace(/&nbsp;|&#160;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);

/** The slips found in a page's text: a label said twice, punctuation doubled, a word repeated. */
export function slips(texts: readonly string[]): string[] {
  const found: string[] = [];
  const text = texts.join(' ¶ ');
  for (const m of text.matchAll(/(?<![\w’'])([A-Z][\w’' ]{1,40}): \1:/g)) found.push(`repeated label: "${m[0]}"`);
  for (const m of text.matchAll(/\S{0,20}(?<!\.)(\.\.|[,;:]{2}|[.,;:][,;:])(?!\.)\S{0,20}/g)) found.push(`doubled punctuation: "${m[0]}"`);
  for (const m of text.matchAll(/\b([A-Za-z’']{2,})\s+\1\b/gi)) found.push(`repeated word: "${m[0]}"`);
  return found;
}

describe('proofreading the built pages', () => {
  it('finds each kind of slip in a sample, and none in good text', () => {
    expect(slips(['Silver: Silver: Cluster Self-Evaluation Questions', 'every subject..', 'the the grid'])).toEqual([
      'repeated label: "Silver: Silver:"',
      'doubled punctuation: "subject.."',
      'repeated word: "the the"',
    ]);
    expect(slips(['Silver: Cluster Self-Evaluation Questions', 'Wait for it…', 'See 1.2.3 and e.g. that.', 'Bronze: B1.1'])).toEqual([]);
  });

  it('a level’s basis ending in a full stop gets no second one, and a title naming its level is not named twice', () => {
    expect(asSentence('Pupils talk in every subject.')).toBe('Pupils talk in every subject.');
    expect(asSentence('Pupils talk in every subject')).toBe('Pupils talk in every subject.');
    expect(levelTitled('Silver', 'Silver: Cluster Self-Evaluation Questions')).toBe('Silver: Cluster Self-Evaluation Questions');
    expect(levelTitled('Bronze', 'Distributed Leadership')).toBe('Bronze: Distributed Leadership');
  });

  it('no page repeats a label, doubles its punctuation or repeats a word', () => {
    const problems = builtPages().flatMap((page) => slips(visibleText(page.html)).map((s) => `${page.path}: ${s}`));
    expect(problems).toEqual([]);
  });
});
