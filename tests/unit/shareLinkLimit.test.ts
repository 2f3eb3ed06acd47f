import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INPUT_MAX_BYTES } from '~/frameworks/limits';
import { shareFragment, unpackShareFragment } from '~/frameworks/markFile/shareLink';

/** A fragment whose text inflates to `bytes` bytes of spaces, packed as the site packs its links (deflate-raw, URL-safe base64). */
const inflatingTo = (bytes: number): string => `qmh1.${deflateRawSync(Buffer.alloc(bytes, 32), { level: 9 }).toString('base64url')}`;

describe('unpacking a shared link', () => {
  it('stops at the file limit as it streams, never unpacking the rest', { timeout: 20_000 }, async () => {
    const fragment = inflatingTo(40 * 1024 * 1024);
    let most = 0;
    const read = await unpackShareFragment(fragment, INPUT_MAX_BYTES, (bytes) => (most = bytes));
    expect(read).toEqual({ ok: false, reason: 'tooLarge', limit: INPUT_MAX_BYTES });
    // Told of its progress on the way, and never past the limit.
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(INPUT_MAX_BYTES);
  });

  it('reads a link just under the limit whole', async () => {
    const text = JSON.stringify({ notes: 'x'.repeat(INPUT_MAX_BYTES - 20) });
    const read = await unpackShareFragment(await shareFragment(text));
    expect(read).toEqual({ ok: true, text });
  });

  it('says a fragment that is not a share is none, and a damaged one is broken', async () => {
    expect(await unpackShareFragment('#section-2')).toEqual({ ok: false, reason: 'notShare' });
    expect(await unpackShareFragment('qmh1.%%%')).toEqual({ ok: false, reason: 'broken' });
    const good = await shareFragment('{"a":1}');
    expect(await unpackShareFragment(good.slice(0, -3))).toEqual({ ok: false, reason: 'broken' });
  });
});
