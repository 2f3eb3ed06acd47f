import type { CollectionEntry } from 'astro:content';

export interface GuidancePage {
  entry: CollectionEntry<'guidance'>;
  markId: string;
  /** "index" for the mark's overview, else the file name: "assessment". */
  slug: string;
}

/** Guidance pages, read from their file paths (src/content/<mark-id>/<slug>.mdx), in nav order. */
export function guidancePages(entries: CollectionEntry<'guidance'>[], markId?: string): GuidancePage[] {
  return entries
    .map((entry) => {
      const match = /([^/]+)\/([^/]+)\.mdx$/.exec(entry.filePath ?? '');
      if (!match) throw new Error(`Guidance page ${entry.id} is not at src/content/<mark-id>/<page>.mdx`);
      return { entry, markId: match[1]!, slug: match[2]! };
    })
    .filter((p) => markId === undefined || p.markId === markId)
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}
