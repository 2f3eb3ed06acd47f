import { z } from 'zod';

/** Who the answers belong to, for printed answers (and, later, the self-assessment file): `qmh:school:site`. */
export const SchoolDetails = z.strictObject({
  version: z.literal(1),
  /** The school's name as it should appear on paper. Default: none. */
  name: z.string().default(''),
});

export type SchoolDetails = z.output<typeof SchoolDetails>;
