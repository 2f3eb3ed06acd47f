import { t } from './text';

/** The kinds of page search can be narrowed to, in the order the search page lists them. */
export const pageKinds = ['guidance', 'criteria', 'research', 'tool'] as const;
export type PageKind = (typeof pageKinds)[number];

/** The kind's name, as the search page's filter shows it and the index records it (data-pagefind-filter). */
export const pageKindLabel = (kind: PageKind): string => t(`search.kind.${kind}`);
