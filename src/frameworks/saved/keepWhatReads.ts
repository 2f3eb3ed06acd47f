import type { z } from 'zod';

/**
 * Marks a record or list whose entries are read one by one: a damaged entry is dropped and
 * counted, and the rest are kept. (readSaved.ts honours the mark; zod itself ignores it.)
 */
export const keepWhatReads = <T extends z.ZodType>(schema: T): T => schema.meta({ keepWhatReads: true });
