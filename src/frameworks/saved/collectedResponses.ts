import { z } from 'zod';
import { keepWhatReads } from './keepWhatReads';

/** One questionnaire response as a leader collects it: ratings by item id, and an id against double counting. */
export const StaffResponse = z.strictObject({
  /** The response file's random id: the same file dropped twice counts once. */
  id: z.string().min(1),
  /** Item id → a value of the mark's scale. */
  ratings: z.record(z.string(), z.int()),
});

/** The questionnaire responses a leader has collected from staff files: `qmh:responses:<mark-id>`. */
export const CollectedResponses = z.strictObject({
  version: z.literal(1),
  /** In the order they were added. A damaged response is dropped alone. Default: none. */
  responses: keepWhatReads(z.array(StaffResponse)).default([]),
});

export type StaffResponse = z.output<typeof StaffResponse>;
export type CollectedResponses = z.output<typeof CollectedResponses>;
