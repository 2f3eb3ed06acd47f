import { INFLATE_STEP_BYTES, INPUT_MAX_BYTES } from '../limits';

// The answers travel in the address's fragment (after "#"), which browsers never send to a server.
// The browser's own CompressionStream shrinks them; no library is needed.

const PREFIX = 'qmh1.';

async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  // A plain loop: Uint8Array.from with a function took 300 ms for a 400 KB link in Chromium.
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The fragment that carries a file's text: "qmh1." and the text compressed, in URL-safe base64. */
export async function shareFragment(fileText: string): Promise<string> {
  return PREFIX + toBase64Url(await through(new TextEncoder().encode(fileText), new CompressionStream('deflate-raw')));
}

/** Unpacked between the page's turns: about 10 ms of work on a slow phone. */
const YIELD_BYTES = 512 * 1024;

/** Gives the page its turn: scheduler.yield() where the browser has it (it resumes first), else a timer. */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

/** What unpacking a fragment gave: the file's text, or why there is none. */
export type SharedText =
  | { ok: true; text: string }
  | { ok: false; reason: 'notShare' }
  | { ok: false; reason: 'broken' }
  /** Unpacked past `limit` bytes: stopped there, so the whole size is never known. */
  | { ok: false; reason: 'tooLarge'; limit: number };

/**
 * Unpacks a fragment (with or without "#") as it streams, a step of INFLATE_STEP_BYTES compressed
 * bytes at a time, counting what comes out: past `limit` bytes it stops at once, so a small link that
 * would inflate to hundreds of megabytes never does, and no step holds the page for long.
 * `onProgress` hears the bytes unpacked so far, at each turn given to the page.
 */
export async function unpackShareFragment(
  fragment: string,
  limit: number = INPUT_MAX_BYTES,
  onProgress?: (bytes: number) => void,
): Promise<SharedText> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return { ok: false, reason: 'notShare' };
  const packed = body.slice(PREFIX.length);
  // Decoded a step at a time as the stream asks for it, so even a long link is never decoded in one go.
  const step = Math.ceil(INFLATE_STEP_BYTES / 3) * 4;
  let offset = 0;
  const input = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (offset >= packed.length) controller.close();
        else controller.enqueue(fromBase64Url(packed.slice(offset, (offset += step))));
      },
    },
    { highWaterMark: 0 },
  );
  await yieldToPage();
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let sinceYield = 0;
  try {
    for (;;) {
      // The stream's steps can all run in one task: every YIELD_BYTES unpacked, the page gets its turn.
      if (sinceYield >= YIELD_BYTES) {
        sinceYield = 0;
        onProgress?.(total);
        await yieldToPage();
      }
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      sinceYield += value.byteLength;
      if (total > limit) {
        // Nothing reads on, so nothing more is pulled or unpacked. Not cancel(): Node's DecompressionStream then
        // still hands zlib's last output to its closed stream and throws where no one can catch it.
        reader.releaseLock();
        return { ok: false, reason: 'tooLarge', limit };
      }
      chunks.push(value);
    }
    const whole = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      whole.set(chunk, at);
      at += chunk.byteLength;
    }
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(whole) };
  } catch {
    // Cut short when copied, or not base64: the reader says the link is not whole.
    return { ok: false, reason: 'broken' };
  }
}

/** The file's text from a fragment (with or without "#"), or undefined if it is not a whole share within the file limit. */
export async function readShareFragment(fragment: string): Promise<string | undefined> {
  const read = await unpackShareFragment(fragment);
  return read.ok ? read.text : undefined;
}
