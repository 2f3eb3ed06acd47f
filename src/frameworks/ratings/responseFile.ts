import { z } from 'zod';
import type { Ratings } from '~/frameworks/schema';
import type { StaffResponse } from '~/frameworks/saved/collectedResponses';

// Loaded only when someone downloads or drops a response file, so zod never weighs on page load.

/** The file a member of staff hands in: their ratings and nothing that identifies them. */
export const ResponseFile = z.strictObject({
  format: z.literal('qmh-questionnaire-response'),
  version: z.literal(1),
  /** The mark whose questionnaire this answers. */
  mark: z.string(),
  /** Random, so the same file dropped twice counts once. */
  id: z.string().min(8),
  ratings: z.record(z.string(), z.number().int()),
});
export type ResponseFile = z.output<typeof ResponseFile>;

export type ReadResponse = { ok: true; response: StaffResponse } | { ok: false; problem: string };

/** Checks a dropped file is a questionnaire response for this mark with ratings on its scale. */
export function readResponseFile(text: string, fileName: string, markId: string, ratings: Ratings): ReadResponse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problem: `${fileName} is not a questionnaire response file (it is not JSON). Ask for the .json file the questionnaire saved.`,
    };
  }
  const parsed = ResponseFile.safeParse(raw);
  if (!parsed.success) {
    const isOurs = typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === 'qmh-questionnaire-response';
    return {
      ok: false,
      problem: isOurs
        ? `${fileName} is a questionnaire response but it is damaged (${parsed.error.issues[0]?.path.join('.') || 'its layout'} is wrong). Ask for it to be saved again.`
        : `${fileName} is not a questionnaire response file from this site. Ask for the .json file the questionnaire saved.`,
    };
  }
  const file = parsed.data;
  if (file.mark !== markId) return { ok: false, problem: `${fileName} answers the questionnaire of another mark (“${file.mark}”), not this one.` };
  const itemIds = new Set(ratings.items.map((i) => i.id));
  const values = new Set(ratings.scale.map((s) => s.value));
  const unknown = Object.keys(file.ratings).filter((id) => !itemIds.has(id));
  if (unknown.length > 0)
    return {
      ok: false,
      problem: `${fileName} rates statements this questionnaire does not have (${unknown.join(', ')}); it may come from an older version.`,
    };
  const off = Object.entries(file.ratings).filter(([, v]) => !values.has(v));
  if (off.length > 0) return { ok: false, problem: `${fileName} has ratings off the scale (${off.map(([k, v]) => `${k}: ${v}`).join(', ')}).` };
  if (Object.keys(file.ratings).length === 0) return { ok: false, problem: `${fileName} has no ratings in it.` };
  return { ok: true, response: { id: file.id, ratings: file.ratings } };
}

/** The text of a response file for these ratings. */
export function writeResponseFile(markId: string, id: string, ratings: Record<string, number>): string {
  const file: ResponseFile = { format: 'qmh-questionnaire-response', version: 1, mark: markId, id, ratings };
  return `${JSON.stringify(file, null, 2)}\n`;
}
