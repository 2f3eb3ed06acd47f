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
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** The fragment that carries a file's text: "qmh1." and the text compressed, in URL-safe base64. */
export async function shareFragment(fileText: string): Promise<string> {
  return PREFIX + toBase64Url(await through(new TextEncoder().encode(fileText), new CompressionStream('deflate-raw')));
}

/** The file's text from a fragment (with or without "#"), or undefined if it is not a whole share. */
export async function readShareFragment(fragment: string): Promise<string | undefined> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      await through(fromBase64Url(body.slice(PREFIX.length)), new DecompressionStream('deflate-raw')),
    );
  } catch {
    // Cut short when copied, or not base64: the reader says the link is not whole.
    return undefined;
  }
}
