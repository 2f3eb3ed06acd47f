import type { Mark } from '~/frameworks/schema';

const loading = new Map<string, Promise<Mark>>();

/** The mark's whole definition, fetched once from the site (src/pages/marks/[mark]/definition.json.ts) when a file tool first needs it. */
export function loadMark(definitionHref: string): Promise<Mark> {
  if (!loading.has(definitionHref))
    loading.set(
      definitionHref,
      fetch(definitionHref).then(async (response) => {
        if (!response.ok) throw new Error(`${definitionHref} answered ${response.status}`);
        return (await response.json()) as Mark;
      }),
    );
  return loading.get(definitionHref)!;
}
