import { readdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * The HTTP headers every page and file of the site should be served with, as `_headers` rules
 * (Netlify, Cloudflare Pages) for a site served under `base`. A meta CSP cannot say who may frame
 * the page, so `frame-ancestors` (and `X-Frame-Options` for older browsers) come from here; the
 * page's own policy stays in its meta tag, with the hashes of its scripts. Pages get no
 * Cache-Control here: both hosts already make browsers revalidate HTML (`max-age=0,
 * must-revalidate`), and a second rule for the same header would be merged into a broken value.
 */
export function headerRules(base: string, searchFiles: string[] = []): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    '# Written by the build (src/integrations/headers.ts). deploy/nginx/site.conf gives the same to nginx.',
    `${root}*`,
    "  Content-Security-Policy: frame-ancestors 'none'",
    '  X-Frame-Options: DENY',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()',
    '# Scripts, styles, fonts and images under _astro/ carry a hash of their content in their names: keep them a year.',
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    ...searchIndexRules(root, searchFiles),
    '',
  ].join('\n');
}

/**
 * Pagefind writes its index gzip-compressed and unpacks each file in JavaScript, unless the browser already has:
 * its files carry a signature for that (Pagefind's "server-handled gzip"). Served as `Content-Encoding: gzip`,
 * the browser unpacks them natively, and a first search shows its results about 30 ms sooner (npm run bench).
 * A host that ignores the rule costs nothing: Pagefind unpacks them itself, as before. The index, fragment and
 * filter folders hold only such files; the engine's WebAssembly and metadata are named one by one, since
 * `pagefind.js` sits beside them and is not compressed. `searchFiles` are the names in the bundle's top folder.
 */
function searchIndexRules(root: string, searchFiles: string[]): string[] {
  const compressed = searchFiles.filter((name) => /\.(?:pagefind|pf_meta)$/.test(name)).sort();
  if (compressed.length === 0) return [];
  return [
    "# Pagefind's index is stored gzip-compressed: said so, browsers unpack it natively.",
    ...['index/*', 'fragment/*', 'filter/*', ...compressed].flatMap((path) => [`${root}pagefind/${path}`, '  Content-Encoding: gzip']),
  ];
}

/** Writes `_headers` beside the built site. */
export function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'qmh:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        // The search integration, listed before this one, has written the index by now.
        const searchFiles = await readdir(new URL('pagefind/', dir)).catch(() => []);
        await writeFile(new URL('_headers', dir), headerRules(base, searchFiles));
      },
    },
  };
}
