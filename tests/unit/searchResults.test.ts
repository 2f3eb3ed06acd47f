import { describe, expect, it } from 'vitest';
import { minifiedEngine, quickerEngineWait, searchPreloads } from '../../src/integrations/search';
import {
  fewerWords,
  isAnchored,
  isCriterion,
  orderedPage,
  rankedSubResults,
  resultHref,
  searchedWords,
  withoutLoneStopWords,
  wordsHeld,
  type ResultData,
  type SubResult,
} from '~/site/searchResults';

const sub = (url: string, locations: number[], scores?: number[]): SubResult => ({
  title: url,
  url,
  excerpt: '',
  locations,
  ...(scores ? { weighted_locations: scores.map((balanced_score) => ({ balanced_score, weight: 1 })) } : {}),
});
const page = (subs: SubResult[]): ResultData => ({
  url: '/marks/m/levels/bronze/',
  excerpt: 'the page',
  meta: { title: 'Bronze' },
  filters: {},
  sub_results: subs,
});

describe('which of a page’s sub-results search shows first', () => {
  it('puts the row holding the typed phrase first, over a part of the page with more scattered matches', () => {
    const opening = sub('/marks/m/levels/bronze/', [3, 9, 20, 41, 60], [5, 5, 5, 5, 5]);
    const row = sub('/marks/m/levels/bronze/#flt-2', [100, 101, 102, 103], [1, 1, 1, 1]);
    expect(rankedSubResults(page([opening, row])).map((s) => s.url)).toEqual(['/marks/m/levels/bronze/#flt-2', '/marks/m/levels/bronze/']);
  });

  it('ranks by Pagefind’s score between equal runs, then a row before the page, then the page’s order; leaves out what does not match', () => {
    const a = sub('/p/#a', [10], [2]);
    const b = sub('/p/#b', [20], [3]);
    const c = sub('/p/#c', [], []);
    const d = sub('/p/#d', [30], [2]);
    const top = sub('/p/', [1], [2]);
    expect(rankedSubResults(page([top, a, b, c, d]), 5).map((s) => s.url)).toEqual(['/p/#b', '/p/#a', '/p/#d', '/p/']);
    expect(rankedSubResults(page([top, a, b, c, d]))).toHaveLength(3);
  });

  it('shows the page itself when nothing in it matched (browsing by filter)', () => {
    expect(rankedSubResults(page([sub('/marks/m/levels/bronze/', [])]))).toEqual([
      { title: 'Bronze', url: '/marks/m/levels/bronze/', excerpt: 'the page', locations: [] },
    ]);
  });
});

describe('the link of a result', () => {
  it('carries the words searched for as a text fragment after a page’s address, which the browser highlights itself', () => {
    expect(resultHref('/marks/m/', 'NPQH')).toBe('/marks/m/#:~:text=NPQH');
    expect(resultHref('/marks/m/', ' self-evaluation,   & more ')).toBe('/marks/m/#:~:text=self%2Devaluation%2C%20%26%20more');
    expect(resultHref('/marks/m/', '')).toBe('/marks/m/');
    expect(isAnchored({ url: '/marks/m/#x' })).toBe(true);
    expect(isAnchored({ url: '/marks/m/' })).toBe(false);
  });

  it('carries, after a row’s anchor, the words its excerpt marks with three words either side, so the browser finds them in that row', () => {
    // "governor" is also in another row of the page; with its own row's words around it, only this row matches.
    const excerpt = 'B2.2 Meet regularly with the chair of <mark>governors</mark> to share the school&#39;s plans for leadership &amp; growth.';
    expect(resultHref('/marks/m/levels/bronze/#cpd-2-senior', 'governor', excerpt)).toBe(
      '/marks/m/levels/bronze/#cpd-2-senior:~:text=the%20chair%20of-,governors,-to%20share%20the',
    );
    // Marked words side by side are one phrase; escapes are read back; the context stops where the excerpt does.
    expect(resultHref('/g/#x', 'open classes', '<mark>open</mark> <mark>classes</mark> &amp; co-teaching')).toBe(
      '/g/#x:~:text=open%20classes,-%26%20co%2Dteaching',
    );
    expect(resultHref('/g/#x', 'q', 'a b c d <mark>e</mark>')).toBe('/g/#x:~:text=b%20c%20d-,e');
    // A mark's punctuation, and the full stop Pagefind ends a block with, are left out; the context ends with its sentence.
    expect(resultHref('/g/#x', 'q', 'Plan. G1.5 NQT mentor <mark>training.</mark> Next row')).toBe('/g/#x:~:text=G1.5%20NQT%20mentor-,training');
    expect(resultHref('/g/#x', 'q', 'open <mark>(classes),</mark> and more! Then')).toBe('/g/#x:~:text=open%20(-,classes,-)%2C%20and%20more');
    // Nothing marked: the row alone, marked by :target.
    expect(resultHref('/g/#x', 'open classes', 'no marks here')).toBe('/g/#x');
    expect(resultHref('/g/#x', 'open classes')).toBe('/g/#x');
  });
});

describe('the search page’s preloads', () => {
  it('name the engine, the entry with its cache tag, the metadata and the wasm of the index’s one language, under the base path', () => {
    const entry = JSON.stringify({ version: '1.6.0', languages: { 'en-gb': { hash: 'en-gb_abc', wasm: 'en-gb', page_count: 41 } } });
    expect(searchPreloads('/handbook/pagefind/', entry)).toBe(
      '<meta name="qmh-search-tag" content="en-gb_abc">' +
        '<link rel="modulepreload" href="/handbook/pagefind/pagefind.js">' +
        '<link rel="preload" href="/handbook/pagefind/pagefind-entry.json?ts=en-gb_abc" as="fetch" crossorigin>' +
        '<link rel="preload" href="/handbook/pagefind/pagefind.en-gb_abc.pf_meta" as="fetch" crossorigin>' +
        '<link rel="preload" href="/handbook/pagefind/wasm.en-gb.pagefind" as="fetch" crossorigin>',
    );
    expect(() => searchPreloads('/pagefind/', JSON.stringify({ languages: {} }))).toThrow(/0 languages/);
  });
});

describe('the engine’s wait for its WebAssembly', () => {
  const wait = 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';

  it('checks every 5 ms instead of 50, and changes nothing else', () => {
    const engine = `let a=1;${wait}return this.raw_ptr}mergeIndex(){while(this.primary.wasm===null){await asyncSleep(50)}}`;
    expect(quickerEngineWait(engine, '1.6.0')).toBe(engine.replace('asyncSleep(50);}', 'asyncSleep(5);}'));
  });

  it('fails the build, naming the version, when Pagefind no longer waits that way', () => {
    expect(() => quickerEngineWait('async getPtr(){return this.ready}', '1.7.0')).toThrow(/Pagefind 1\.7\.0's pagefind\.js does not wait/);
    expect(() => quickerEngineWait(`${wait}${wait}`, '1.6.0')).toThrow(/does not wait/);
  });
});

describe('the engine minified', () => {
  it('is smaller and still exports what it did, working the same', async () => {
    const engine =
      'const pagefind_version="1.6.0";function add_together(first_number,second_number){const total_of_both=first_number+second_number;return total_of_both}export{add_together as add,pagefind_version};';
    const minified = await minifiedEngine(engine);
    expect(minified.length).toBeLessThan(engine.length);
    const module = (await import(`data:text/javascript,${encodeURIComponent(minified)}`)) as {
      add(a: number, b: number): number;
      pagefind_version: string;
    };
    expect(module.add(2, 3)).toBe(5);
    expect(module.pagefind_version).toBe('1.6.0');
  });

  it('fails the build when the script cannot be read', async () => {
    await expect(minifiedEngine('export function (')).rejects.toThrow(/pagefind\.js could not be minified/);
  });
});

describe('search in a teacher’s words (issue 26)', () => {
  const row = (url: string, excerpt: string, weight = 1): SubResult => ({
    title: url,
    url,
    excerpt,
    locations: [1],
    weighted_locations: [{ balanced_score: 1, weight }],
  });
  const result = (mark: string, subs: SubResult[]): ResultData => ({
    url: subs[0]!.url,
    excerpt: '',
    meta: {},
    filters: { mark: [mark] },
    sub_results: subs,
  });

  it('leaves stop words out of the words searched, unless there is nothing else', () => {
    expect(searchedWords('impact of CPD')).toBe('impact CPD');
    expect(searchedWords('who assesses the school')).toBe('who assesses school');
    expect(searchedWords('what does the assessor look at')).toBe('what assessor look');
    expect(searchedWords('of the')).toBe('of the');
  });

  it('never highlights a stop word alone or at the edge of a phrase, only inside one', () => {
    expect(withoutLoneStopWords('the <mark>impact</mark> <mark>of</mark> the course')).toBe('the <mark>impact</mark> of the course');
    expect(withoutLoneStopWords('<mark>Of</mark> course')).toBe('Of course');
    expect(withoutLoneStopWords('mutual <mark>trust</mark> <mark>and</mark> <mark>respect</mark>')).toBe(
      'mutual <mark>trust</mark> <mark>and</mark> <mark>respect</mark>',
    );
  });

  it('shows first the row holding the most of the query’s words, then the one holding the rarer word', () => {
    const impact = row('/p/#impact', 'had <mark>impact</mark>.');
    const other = row('/p/#other', 'their <mark>impact</mark>.');
    const cpd = row('/p/#cpd', 'professional development <mark>(CPD)</mark>.');
    expect(rankedSubResults(page([impact, other, cpd]), 3, 'impact of CPD')[0]!.url).toBe('/p/#cpd');
    const both = row('/p/#both', '<mark>impact</mark> of <mark>CPD</mark>');
    expect(rankedSubResults(page([impact, cpd, both]), 3, 'impact of CPD')[0]!.url).toBe('/p/#both');
  });

  it('where no page has every word, searches the words some page has together, the longest first', async () => {
    // Pages and their words: no page has "assessor" with "look".
    const site = [['assessor', 'visit', 'what'], ['assessor', 'what'], ['look', 'what'], ['what']];
    const pages = (words: string) => Promise.resolve(site.filter((page) => words.split(' ').every((w) => page.includes(w))).length);
    expect(await fewerWords(['what', 'assessor', 'look'], pages)).toBe('assessor what');
    // Between words as long, the rarer first.
    expect(await fewerWords(['look', 'what'], pages)).toBe('look what');
    expect(await fewerWords(['phonics', 'ofsted'], pages)).toBe('');
  });

  it('knows a result that holds no form of the words typed: what Pagefind finds for a word it does not have', () => {
    // "phonics" is in no page: Pagefind matches the longest start of it that is, "ph" in "PhD"; "safeguarding", "safe".
    expect(wordsHeld(result('A', [row('/a/#p', 'Masters <mark>degree/PhD.</mark>')]), 'phonics')).toBe(0);
    expect(wordsHeld(result('A', [row('/a/#s', 'keeps them <mark>safe,</mark> moves them')]), 'safeguarding')).toBe(0);
    // A form of the word, an abbreviation in brackets and one of two words typed all count.
    expect(wordsHeld(result('A', [row('/a/#n', 'school <mark>networks</mark>')]), 'networking')).toBe(1);
    expect(wordsHeld(result('A', [row('/a/#c', 'development <mark>(CPD).</mark>')]), 'CPD')).toBe(1);
    expect(wordsHeld(result('A', [row('/a/#i', 'the <mark>impact</mark> of')]), 'impact of safeguarding')).toBe(1);
    // Pagefind marks a word with what is joined to it: each part is a word.
    expect(wordsHeld(result('A', [row('/a/#p', 'Masters <mark>degree/PhD.</mark>')]), 'PhD')).toBe(1);
    expect(wordsHeld(result('A', [row('/a/#w', 'a <mark>work-life</mark> balance')]), 'work-life balance')).toBe(2);
    // A word typed with a hyphen is found joined up, as Pagefind finds it.
    expect(wordsHeld(result('A', [row('/a/#e', 'emotional <mark>wellbeing</mark>')]), 'well-being')).toBe(1);
  });

  it('orders a page of results: the mark searched from, then the words found, then criteria before prose', () => {
    const prose = result('B', [row('/b/', '<mark>local</mark> <mark>businesses</mark>')]);
    const criterion = result('B', [row('/c/#r', '<mark>local</mark> <mark>businesses</mark>', 4.5)]);
    const partial = result('B', [row('/d/#r', '<mark>local</mark>', 4.5)]);
    const own = result('A', [row('/a/', '<mark>local</mark>')]);
    expect(orderedPage([partial, prose, criterion], 'local businesses', { criterion: 4.5 }).map((d) => d.url)).toEqual(['/c/#r', '/b/', '/d/#r']);
    expect(orderedPage([partial, prose, criterion, own], 'local businesses', { criterion: 4.5, mark: 'A' })[0]!.url).toBe('/a/');
    expect(isCriterion(criterion.sub_results[0]!, 4.5)).toBe(true);
    expect(isCriterion(prose.sub_results[0]!, 4.5)).toBe(false);
  });

  it('counts a row’s title among the words it holds: “staff questionnaire connectedness” finds the question, not the page nor the audit’s item', () => {
    const titled = (url: string, title: string, excerpt: string, weight: number): SubResult => ({ ...row(url, excerpt, weight), title });
    const opening = titled('/q/', 'Staff questionnaire', '<mark>Staff</mark> <mark>questionnaire</mark>. Rate each statement.', 7);
    const question = titled('/q/#item-c', 'Staff questionnaire · Connectedness', 'A climate of <mark>connectedness</mark>.', 4);
    const item = titled('/a/#item-c', 'Leaders’ audit · Connectedness', 'A climate of <mark>connectedness</mark>.', 4.5);
    const questionnaire = result('W', [opening, question]);
    const audit = result('W', [item]);
    const query = 'staff questionnaire connectedness';
    expect(rankedSubResults(questionnaire, 3, query)[0]!.url).toBe('/q/#item-c');
    expect(orderedPage([audit, questionnaire], query, { criterion: 4.5 }).map((d) => rankedSubResults(d, 1, query)[0]!.url)).toEqual([
      '/q/#item-c',
      '/a/#item-c',
    ]);
    // The item's own words alone: the audit's item first (a criterion's weight).
    expect(orderedPage([questionnaire, audit], 'connectedness', { criterion: 4.5 })[0]).toBe(audit);
    // The title's words alone: the page's opening, which holds them side by side, over a question holding one of them.
    const staff = { ...titled('/q/#item-s', 'Staff questionnaire · Staff wellbeing', '<mark>Staff</mark> wellbeing.', 4), locations: [9] };
    const typed = { ...opening, locations: [0, 1] };
    expect(rankedSubResults(result('W', [typed, staff]), 3, 'staff questionnaire')[0]!.url).toBe('/q/');
  });
});
