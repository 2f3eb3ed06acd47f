import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerRules } from '~/integrations/headers';
import { builtPages, dist } from './builtSite';

// What a host is told to send (_headers, read by Netlify and Cloudflare Pages), and the nginx config the
// Dockerfile and the nginx smoke suite use: the same protections everywhere.

describe('_headers', () => {
  const written = readFileSync(join(dist.root, '_headers'), 'utf8');

  it('is written beside the site: no framing, no sniffing, no referrer, hashed assets kept a year', () => {
    expect(written).toBe(headerRules('/', readdirSync(join(dist.root, 'pagefind'))));
    expect(written).toContain(
      "/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n",
    );
    expect(written).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    // Pages are left to the hosts' default, which revalidates: a second Cache-Control rule would be merged into a broken one.
    expect(written.match(/Cache-Control/g)).toHaveLength(1);
  });

  it("has the browser unpack Pagefind's gzip-compressed index, and only files that are gzip", () => {
    const rules = [...written.matchAll(/^(\S+)\n {2}Content-Encoding: gzip$/gm)].map(([, path]) => path!);
    expect(rules).toEqual(
      expect.arrayContaining(['/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*', '/pagefind/wasm.en-gb.pagefind']),
    );
    expect(rules.some((r) => /^\/pagefind\/pagefind\.en-gb_\w+\.pf_meta$/.test(r))).toBe(true);
    // Every file each rule names starts as gzip does (1f 8b); pagefind.js, beside them, is named by none.
    const gzipMagic = (file: string) => readFileSync(file).subarray(0, 2).toString('hex') === '1f8b';
    for (const rule of rules) {
      const path = join(dist.root, rule);
      const files = rule.endsWith('/*') ? readdirSync(path.slice(0, -2)).map((f) => join(path.slice(0, -2), f)) : [path];
      expect(files.length, rule).toBeGreaterThan(0);
      for (const file of files) expect(gzipMagic(file), file).toBe(true);
    }
    expect(rules.filter((r) => r.endsWith('.js'))).toEqual([]);
    expect(headerRules('/severn/', ['wasm.en-gb.pagefind', 'pagefind.js'])).toContain(
      '\n/severn/pagefind/wasm.en-gb.pagefind\n  Content-Encoding: gzip',
    );
  });

  it('follows the base path', () => {
    const rules = headerRules('/severn/');
    expect(rules).toContain('\n/severn/*\n');
    expect(rules).toContain('\n/severn/_astro/*\n');
  });

  it('matches deploy/nginx/site.conf, the nginx config the Dockerfile and the nginx smoke suite use, in every block', () => {
    const conf = readFileSync(new URL('../../deploy/nginx/site.conf', import.meta.url), 'utf8');
    const every = headerRules('/').split('\n# ')[0]!; // the "/*" rule: the headers every file is sent with
    const security = [...every.matchAll(/^ {2}([\w-]+): (.*)$/gm)].map(
      ([, name, value]) => `add_header ${name} ${/[ ;']/.test(value!) ? `"${value}"` : value} always;`,
    );
    expect(security).toHaveLength(5);
    // nginx replaces a server's add_header lines with a location's own: the server and each location with any repeat them all.
    const blocks = conf.split(/^location /m).filter((block) => block.includes('add_header'));
    expect(blocks).toHaveLength(3);
    for (const block of blocks) for (const line of security) expect(block, line).toContain(line);
    expect(conf).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('deploy/nginx/site.conf');
    expect(readme, 'README gives no untested Apache rule').not.toMatch(/Header (?:always )?set|<FilesMatch|\.htaccess/);
  });
});

describe('sw.js, the offline copy', () => {
  const worker = readFileSync(join(dist.root, 'sw.js'), 'utf8');
  const [, version, list] = /\}\)\(self, "([0-9a-f]{16})", (\[.*\])\);/.exec(worker) ?? [];
  const files = JSON.parse(list ?? '[]') as string[];

  it('caches every page, every script, style and font, and the search index, under a version of this build', () => {
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    const pages = builtPages()
      .map((p) => p.path)
      .filter((p) => !p.endsWith('404.html'));
    expect(files).toEqual(expect.arrayContaining(pages));
    const assets = readdirSync(join(dist.root, '_astro')).map((f) => `/_astro/${f}`);
    expect(files).toEqual(expect.arrayContaining(assets));
    expect(files).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en-gb.pagefind']));
    expect(files.filter((f) => f.startsWith('/pagefind/fragment/')).length).toBe(readdirSync(join(dist.root, 'pagefind/fragment')).length);
  });

  it('leaves out what no page fetches', () => {
    for (const file of ['/_headers', '/robots.txt', '/sw.js', '/404.html']) expect(files).not.toContain(file);
  });
});
