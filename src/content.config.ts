import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Guidance and research pages: one MDX file per page, in a folder named after its mark's id. */
const guidance = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content' }),
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
  }),
});

export const collections = { guidance };
