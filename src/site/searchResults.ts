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
  weighted_locations?: { balanced_score: number }[];
}

/** The part of a Pagefind result's data() the page reads. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}

/** The most searched words the sub-result has side by side: a row holding the phrase typed has them all. */
function longestRun(locations: number[]): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  sorted.forEach((at, i) => {
    run = i > 0 && at === sorted[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

const score = (sub: SubResult): number =>
  sub.weighted_locations && sub.weighted_locations.length > 0
    ? sub.weighted_locations.reduce((n, w) => n + w.balanced_score, 0)
    : sub.locations.length;

/**
 * A page's sub-results that match the words, best first, at most `max`: the one with the most searched words
 * side by side (the phrase typed), then the highest Pagefind score, then a row or heading before the page's
 * opening, then the page's order. When the page matched only as a whole (browsing by filter), the page itself.
 */
export function rankedSubResults(data: ResultData, max = 3): SubResult[] {
  const matching = data.sub_results
    .map((sub, order) => ({ sub, order, run: longestRun(sub.locations), score: score(sub), anchored: isAnchored(sub) ? 1 : 0 }))
    .filter((s) => s.sub.locations.length > 0)
    .sort((a, b) => b.run - a.run || b.score - a.score || b.anchored - a.anchored || a.order - b.order)
    .map((s) => s.sub);
  if (matching.length > 0) return matching.slice(0, max);
  return [{ title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt, locations: [] }];
}

/**
 * The link of a result: its page or row, with the words searched for as a text fragment (`:~:text=`), which
 * the browser highlights itself, so the page opened needs no script. A phrase the page does not hold as typed
 * is simply not highlighted; the row is still marked by :target.
 */
export function resultHref(url: string, query: string): string {
  const words = query.trim().replace(/\s+/g, ' ');
  if (!words) return url;
  // "-", "&" and "," have meanings in a text directive, so they are escaped with the rest.
  const text = encodeURIComponent(words).replace(/-/g, '%2D');
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${text}`;
}

/** Whether a sub-result is a place inside its page (a row or a heading), rather than the page itself. */
export const isAnchored = (sub: Pick<SubResult, 'url'>): boolean => sub.url.includes('#');
