import { z } from 'zod';

/** A lower-case slug used in URLs and saved answers: "bronze", "flt-1-middle". */
export const Slug = z.string({ error: 'must be a text slug such as "bronze"' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be a lower-case slug such as "bronze" or "flt-1-middle" (letters, digits and single hyphens)',
});

/** Published text: never empty, since an empty cell would read as a criterion with no words. */
export const Text = z.string({ error: 'must be text in quotes' }).trim().min(1, { error: 'is empty; add the text from the source document' });
