import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The brand this build is for (brands/<name>/, see src/integrations/brand.ts). */
const brand = process.env.BRAND?.trim() || 'default';

/** Guidance and research pages: one MDX file per page, in a folder named after its mark's id (src/content/<id>/, or brands/<name>/content/<id>/ for a brand's own mark). */
const guidance = defineCollection({
  loader: glob({
    pattern: ['src/content/*/*.mdx', `brands/${brand}/content/*/*.mdx`],
    base: '.',
    // "<mark-id>/<page>", wherever the file is.
    generateId: ({ entry }) => entry.replace(/^.*\/content\//, '').replace(/\.mdx$/, ''),
  }),
  schema: z.strictObject({
    /** The page title, also its heading. */
    title: z.string().min(1),
    /** One or two sentences for search results and the meta description. */
    description: z.string().min(20),
    /** A short label for the mark's navigation. */
    nav: z.string().min(1),
    /** Position in the mark's navigation, lowest first. */
    order: z.number().int(),
    /** What search files the page under: guidance, or the research a mark rests on. Default: guidance. */
    kind: z.enum(['guidance', 'research']).default('guidance'),
    /** A biography, or another page search should list after every criterion and guidance page holding the same words. Default: false. */
    searchLast: z.boolean().default(false),
  }),
});

export const collections = { guidance };
