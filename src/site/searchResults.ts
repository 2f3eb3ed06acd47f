/**
 * What the search page does with Pagefind's answers, kept pure so it can be tested without a browser:
 * which of a page's sub-results to show (a criterion's row is one: an element with an id and a
 * data-pagefind-title), in what order, and the link that lands on the row with the words marked.
 */

/** The part of a Pagefind sub-result the page reads. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: { balanced_score: number; weight: number }[];
}

/** The part of a Pagefind result's data() the page reads. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}

/**
 * The most searched words the sub-result has side by side, a stop word apart at most (the stop words are not searched
 * for): a row holding the phrase typed has them all.
 */
function longestRun(locations: number[]): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  sorted.forEach((at, i) => {
    run = i > 0 && at - sorted[i - 1]! <= 2 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

const score = (sub: SubResult): number =>
  sub.weighted_locations && sub.weighted_locations.length > 0
    ? sub.weighted_locations.reduce((n, w) => n + w.balanced_score, 0)
    : sub.locations.length;

/** Words too common to say what a search is about: never highlighted on their own, nor counted as a word found. */
export const STOP_WORDS = new Set(
  'a an and are as at be but by can do does for from has have i in into is it its my of on or our so than that the their them they this to was we were will with you your'.split(
    ' ',
  ),
);

/** The words of a query that say what it is about: its words less the stop words (all its words, if that leaves none). */
export function queryWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return [...new Set(meaningful.length > 0 ? meaningful : words)];
}

/**
 * The words Pagefind is asked for: the query less its stop words, which would otherwise match, and rank, any page of
 * prose ("who" even finds "whole"), and be highlighted alone; the query as typed when it is nothing but stop words.
 */
export function searchedWords(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLowerCase().replace(/[^\p{L}]+/gu, '')));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * Where no page has every word searched, the words some page has together: the longest word first (it says more about
 * what was asked than a short one), then the rarer, each kept if a page still has it with those kept before. `pages`
 * counts the pages that have every word given. Empty where no word is on any page.
 */
export async function fewerWords(words: readonly string[], pages: (words: string) => Promise<number>): Promise<string> {
  const alone = await Promise.all(words.map(async (word) => ({ word, count: await pages(word) })));
  const kept: string[] = [];
  for (const { word } of alone.filter((a) => a.count > 0).sort((a, b) => b.word.length - a.word.length || a.count - b.count))
    if ((await pages([...kept, word].join(' '))) > 0) kept.push(word);
  return kept.join(' ');
}

/** Whether a highlighted word is a form of a query's word (Pagefind matches stems: "network", "networks", "networking"). */
const sameWord = (a: string, b: string): boolean => {
  const n = Math.min(5, a.length, b.length);
  return a.slice(0, n) === b.slice(0, n) && (n === 5 || a === b);
};

/** The query's words the excerpt highlights. */
function highlighted(excerpt: string, words: string[]): string[] {
  // Split as the query is (queryWords): Pagefind marks "degree/PhD." or "work-life" whole.
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((m) => m[1]!.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return words.filter((w) => marked.some((m) => sameWord(w, m)));
}

/** The query's words a title holds ("Staff questionnaire · Pupil voice"). */
function inTitle(title: string, words: string[]): string[] {
  const titleWords = title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.filter((w) => titleWords.some((t) => sameWord(w, t)));
}

/**
 * The query's words a sub-result holds: those its excerpt highlights and, for a row inside the page, those of its
 * title, which names where the row is (the tool and the item, or the level, area and reference). So the tool's name
 * and an item's words together find that item in that tool, not the page's opening (which holds only the tool's name)
 * nor another tool's item of the same words (which holds only the item's).
 */
function foundIn(sub: SubResult, words: string[]): string[] {
  const own = highlighted(sub.excerpt, words);
  if (!isAnchored(sub)) return own;
  const title = inTitle(sub.title, words);
  return words.filter((w) => own.includes(w) || title.includes(w));
}

/**
 * A page's sub-results that match the words, best first, at most `max`: the one that holds the most of the query's
 * words (a row inside the page holding those of its title too), then the most searched words side by side (the phrase typed), then the one holding the words fewest of the
 * page's rows hold, then the highest Pagefind score, then a row or
 * heading before the page's opening, then the page's order. When the page matched only as a whole (browsing by
 * filter), the page itself.
 */
export function rankedSubResults(data: ResultData, max = 3, query = ''): SubResult[] {
  const words = queryWords(query);
  const found = data.sub_results.map((sub) => foundIn(sub, words));
  // Between rows holding as many of the words, the one holding the word fewest rows of the page hold (an abbreviation over
  // an everyday word): the rarer word says more about what was asked.
  const rows = (word: string) => found.filter((f) => f.includes(word)).length;
  const matching = data.sub_results
    .map((sub, order) => ({
      sub,
      order,
      found: found[order]!.length,
      rare: found[order]!.reduce((n, w) => n + 1 / rows(w), 0),
      run: longestRun(sub.locations),
      score: score(sub),
      anchored: isAnchored(sub) ? 1 : 0,
    }))
    .filter((s) => s.sub.locations.length > 0)
    .sort((a, b) => b.found - a.found || b.run - a.run || b.rare - a.rare || b.score - a.score || b.anchored - a.anchored || a.order - b.order)
    .map((s) => s.sub);
  if (matching.length > 0) return matching.slice(0, max);
  return [{ title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt, locations: [] }];
}

/**
 * An excerpt with a stop word ("of", "the", "and") highlighted only inside a phrase found, between two highlighted
 * words ("trust and respect"): alone, or at a phrase's edge, its highlight is taken off, as it says nothing about why
 * the result was found.
 */
export function withoutLoneStopWords(excerpt: string): string {
  const parts = excerpt.split(/(<mark>[^<]*<\/mark>)/);
  const isMark = (i: number) => i >= 0 && i < parts.length && parts[i]!.startsWith('<mark>');
  const stop = (i: number) =>
    STOP_WORDS.has(
      parts[i]!.slice(6, -7)
        .toLowerCase()
        .replace(/[^\p{L}]+/gu, ''),
    );
  // A neighbour counts when only spaces separate the two marks and it is not itself a stop word.
  const joined = (i: number, step: number) => isMark(i + 2 * step) && /^\s*$/.test(parts[i + step]!) && !stop(i + 2 * step);
  return parts.map((part, i) => (isMark(i) && stop(i) && !(joined(i, -1) && joined(i, 1)) ? part.slice(6, -7) : part)).join('');
}

/** Whether a sub-result is a criterion's, a rated item's or a requirement's row: its words carry a criterion's weight. */
export const isCriterion = (sub: SubResult, weight: number): boolean =>
  sub.weighted_locations?.some((w) => Math.abs(w.weight - weight) < 0.05) ?? false;

/** What the search page knows when it orders a page of results: the mark searched from, and the kinds of page that hold criteria. */
export interface Preference {
  /** The mark whose pages come first (its name, as the mark filter records it). Default: none. */
  mark?: string | undefined;
  /** The weight of a criterion's, a rated item's or a requirement's words in the index (src/site/searchWeights.ts): a
   * row weighted so is one. */
  criterion: number;
}

/**
 * How many of the query's words a result's best row holds (in forms of them: "networks" for "network"). A word typed
 * with a hyphen counts joined up too, as Pagefind matches it: "work-life" is held by "worklife".
 */
export function wordsHeld(data: ResultData, query: string): number {
  const joined = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(word))
    .map((word) => word.replace(/[^\p{L}\p{N}]+/gu, ''));
  return foundIn(rankedSubResults(data, 1, query)[0]!, [...queryWords(query), ...joined]).length;
}

/**
 * A page of results in the order shown: the mark searched from first, when there is one; then the results whose best
 * row holds the most of the query's words; then criteria and rated items before prose that merely mentions the words;
 * then Pagefind's order.
 */
export function orderedPage(page: ResultData[], query: string, prefer: Preference): ResultData[] {
  return page
    .map((data, order) => ({
      data,
      order,
      mark: prefer.mark && data.filters.mark?.includes(prefer.mark) ? 1 : 0,
      found: wordsHeld(data, query),
      criterion: isCriterion(rankedSubResults(data, 1, query)[0]!, prefer.criterion) ? 1 : 0,
    }))
    .sort((a, b) => b.mark - a.mark || b.found - a.found || b.criterion - a.criterion || a.order - b.order)
    .map((r) => r.data);
}

/** A text directive's part: "-", "&" and "," have meanings in one, so they are escaped with the rest. */
const directivePart = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** Pagefind's excerpts are escaped text: these are the escapes it writes. */
const unescaped = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? "'");

/** How many words either side of the marked words a row's link carries as context. */
const CONTEXT_WORDS = 3;

/** Where a sentence ends: Pagefind ends a block's text with a full stop where the page had none. */
const SENTENCE_END = /[.!?;:]$/;

/**
 * The text directive for the words an excerpt marks first (with any marked words that follow them), with up to three
 * words either side as context (`before-,words,-after`), or undefined when nothing is marked. Pagefind's marks hold a
 * word's punctuation, and it ends each block's text with a full stop: the words keep no punctuation at their ends, and
 * the context stops at a sentence's end, so that the fragment matches the page as written.
 */
export function markedDirective(excerpt: string): string | undefined {
  const parts = excerpt.split(/(<mark>[^<]*<\/mark>)/);
  const isMark = (i: number) => i > 0 && i < parts.length && parts[i]!.startsWith('<mark>');
  const first = parts.findIndex((_, i) => isMark(i));
  if (first < 0) return undefined;
  let last = first;
  while (isMark(last + 2) && /^\s*$/.test(parts[last + 1]!)) last += 2;
  const text = (from: number, to: number) =>
    unescaped(
      parts
        .slice(from, to)
        .join('')
        .replace(/<\/?mark>/g, ''),
    ).replace(/\s+/g, ' ');
  const [, lead = '', words = '', trail = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text(first, last + 1).trim()) ?? [];
  if (!words) return undefined;
  const split = (t: string) => t.split(' ').filter(Boolean);
  const before = split(`${text(0, first)}${lead}`);
  const sentenceStart = before.findLastIndex((w) => SENTENCE_END.test(w)) + 1;
  const after = split(`${trail}${text(last + 1, parts.length)}`);
  const sentenceEnd = after.findIndex((w) => SENTENCE_END.test(w));
  const prefix = before.slice(sentenceStart).slice(-CONTEXT_WORDS).join(' ');
  const suffix = after
    .slice(0, sentenceEnd < 0 ? after.length : sentenceEnd + 1)
    .slice(0, CONTEXT_WORDS)
    .join(' ')
    .replace(SENTENCE_END, '');
  return [prefix && `${directivePart(prefix)}-`, directivePart(words), suffix && `-${directivePart(suffix)}`].filter(Boolean).join(',');
}

/**
 * The link of a result, with a text fragment (`:~:text=`) for the browser to highlight, so the page opened needs no
 * script. A page's link carries the words searched for: the browser goes to the first place the page holds them. A
 * row's link (`#id`) carries the words its own excerpt marks, with the words either side as context, so that the
 * browser goes to them in that row, not to the first place on the page that holds the same words (another row, or
 * the glossary). Where a fragment matches nothing on the page (a phrase not held as typed, a context that runs across
 * two paragraphs), the browser opens the row or page alone; :target marks the row either way.
 */
export function resultHref(url: string, query: string, excerpt = ''): string {
  const words = query.trim().replace(/\s+/g, ' ');
  const directive = url.includes('#') ? markedDirective(excerpt) : words && directivePart(words);
  if (!directive) return url;
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`;
}

/** Whether a sub-result is a place inside its page (a row or a heading), rather than the page itself. */
export const isAnchored = (sub: Pick<SubResult, 'url'>): boolean => sub.url.includes('#');
