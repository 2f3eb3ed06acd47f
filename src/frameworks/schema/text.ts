import { z } from 'zod';

/** Slugs every JavaScript object already has as a property: saved answers and lookups keyed by them would find the object's own. */
const RESERVED_SLUGS = Object.getOwnPropertyNames(Object.prototype).filter((name) => /^[a-z0-9-]+$/.test(name));

/** A lower-case slug used in URLs and saved answers: "level-one", "area-1-row-2". */
export const Slug = z
  .string({ error: 'must be a text slug such as "level-one"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be a lower-case slug such as "level-one" or "area-1-row-2" (letters, digits and single hyphens)',
  })
  .refine((slug) => !RESERVED_SLUGS.includes(slug), {
    error: (issue) => `is "${String(issue.input)}", a name every JavaScript object already has; choose another id, e.g. "${String(issue.input)}-1"`,
  });

/** A colour as six-digit hex: "#0b4f6c". */
export const Colour = z
  .string({ error: 'must be a six-digit hex colour such as "#0b4f6c"' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a six-digit hex colour such as "#0b4f6c"' });

/** A word for something counted, in the singular and the plural: { "one": "item", "other": "items" }. */
export const Noun = z.strictObject({
  one: z
    .string({ error: 'must be text in quotes' })
    .trim()
    .min(1, { error: 'is empty; add the word for one, e.g. "item"' })
    .describe('For one: "item". Required.'),
  other: z
    .string({ error: 'must be text in quotes' })
    .trim()
    .min(1, { error: 'is empty; add the word for several, e.g. "items"' })
    .describe('For any other count: "items". Required.'),
});

/** Published text: never empty, since an empty cell would read as a criterion with no words. */
export const Text = z.string({ error: 'must be text in quotes' }).trim().min(1, { error: 'is empty; add the text from the source document' });
