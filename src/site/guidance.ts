import { getCollection } from 'astro:content';
import { guidancePages, type GuidancePage } from './guidancePages';

let byMark: Promise<Map<string, GuidancePage[]>> | undefined;

/**
 * One mark's guidance pages, in nav order. Every page's navigation asks for them: the collection is
 * read and grouped once per build, not once per page, so a page costs the same whatever the number
 * of marks (in dev it is read afresh, so edited front matter shows at once).
 */
export async function guidanceOf(markId: string): Promise<GuidancePage[]> {
  const grouped = async () => {
    const map = new Map<string, GuidancePage[]>();
    for (const page of guidancePages(await getCollection('guidance'))) map.set(page.markId, [...(map.get(page.markId) ?? []), page]);
    return map;
  };
  if (import.meta.env.DEV) byMark = grouped();
  else byMark ??= grouped();
  return (await byMark).get(markId) ?? [];
}
