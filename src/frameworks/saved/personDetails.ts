import { z } from 'zod';

/** Who is answering on this device, written into every file they save so a team can tell colleagues apart: `qmh:person:site`. */
export const PersonDetails = z.strictObject({
  version: z.literal(1),
  /** The person's name, as colleagues know it. Default: none. */
  name: z.string().default(''),
  /** Their role, such as "Deputy head" or "SENCO". Default: none. */
  role: z.string().default(''),
});

export type PersonDetails = z.output<typeof PersonDetails>;

/** Who saved a file, as written into it and kept with a colleague's file on the team page. Default: nobody named (an older file). */
export const FilePerson = PersonDetails.omit({ version: true }).default({ name: '', role: '' });
