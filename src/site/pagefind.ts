import type { ResultData } from './searchResults';

/** Filters as Pagefind takes them: a filter's name and the values any of which a page must have. */
export type Filters = Record<string, { any: string[] }>;

/** The part of Pagefind's answer to a search the search page reads. */
export interface Found {
  results: { id: string; data(): Promise<ResultData> }[];
}

/** The part of Pagefind's engine (its bundle's pagefind.js) the search page uses. */
export interface Pagefind {
  options(o: { baseUrl: string; basePath: string; noWorker: boolean; excerptLength: number; metaCacheTag?: string }): Promise<void>;
  /** Starts loading the entry, the metadata and the WebAssembly; the first search would otherwise start it. */
  init(): Promise<void>;
  search(q: string | null, o: { filters: Filters }): Promise<Found | null>;
  /** Fetches the index chunks the words need, without searching. */
  preload(q: string, o?: { filters: Filters }): Promise<void>;
}

declare global {
  interface Window {
    /** The search page's engine, started while the page is parsed (src/site/searchStart.js). */
    qmhSearchEngine?: Promise<Pagefind>;
  }
}
