// The limits every input is held to, in one place: the refusals name them (files.refused.tooLarge,
// shared.tooLarge, surveys CSV), and the tools read them from here, never a number of their own.

/** A self-assessment file, a shared link once unpacked, or a survey CSV: refused above this many bytes. */
export const INPUT_MAX_BYTES = 5 * 1024 * 1024;

/** An input larger than this is read in a worker, off the page's main thread, with a progress line. */
export const OFF_THREAD_BYTES = 256 * 1024;

/**
 * A shared link is unpacked this many compressed bytes at a time: deflate grows a byte at most about
 * 1,032 times, so each step writes at most about 1 MB, and the count stops it at INPUT_MAX_BYTES.
 */
export const INFLATE_STEP_BYTES = 1024;

/** A limit as the refusals say it: "5 MB". */
export const limitInWords = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** A size as the refusals say it: "300.0 MB", "812 KB". */
export const sizeInWords = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
