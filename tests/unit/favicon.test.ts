import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOURS } from '~/frameworks/brandSchema';
import { faviconSvg } from '~/site/favicon';

describe('the site’s icon', () => {
  it('is, at /favicon.svg, the icon pages carry inline, in the handbook’s own colours', () => {
    expect(readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8').trim()).toBe(faviconSvg(DEFAULT_COLOURS));
  });

  it('wears a hub’s colours', () => {
    const icon = faviconSvg({ accent: '#5a1e6e', onAccent: '#fefefe' });
    expect(icon).toContain('fill="#5a1e6e"');
    expect(icon).toContain('stroke="#fefefe"');
  });
});
