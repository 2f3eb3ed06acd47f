// A plain static file server for dist/, as a static host or CDN would serve it, for browser tests.
// (astro preview allows one running server per project, which a developer's own preview would block.)
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// DIST_ROOT serves another build, such as a copy of the project's; default: this project's dist/.
// DIST_MOUNTS ({ "/severn/": "/tmp/…/dist" }) serves further builds under their base paths, as copies sharing one host.
// BASE_PATH serves the build from a sub-folder, as it was built for (BASE_PATH=/handbook npm run build).
const prefix = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const mounts = [
  ...Object.entries(JSON.parse(process.env.DIST_MOUNTS ?? '{}')).map(([base, dir]) => ({ base, root: `${resolve(dir)}/` })),
  { base: `${prefix}/`, root: process.env.DIST_ROOT ? `${resolve(process.env.DIST_ROOT)}/` : new URL('../../dist/', import.meta.url).pathname },
].sort((a, b) => b.base.length - a.base.length);
const port = Number(process.env.PORT ?? 4322);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The `_headers` rules a build wrote (Netlify and Cloudflare Pages format), applied as those hosts would. */
function headerRules(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line))
      rules.push({
        pattern: new RegExp(
          `^${line
            .trim()
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')}$`,
        ),
        headers: {},
      });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers[name.toLowerCase()] = value.join(':').trim();
    }
  }
  return rules;
}
for (const mount of mounts) mount.rules = headerRules(mount.root);

// Each file compressed once, as a CDN keeps it, not again on every request: a browser test run asks for the same
// scripts thousands of times from fresh browser contexts. Keyed by the file's validator, so a rebuilt file is read anew.
const compressed = new Map();
function gzipped(file, etag) {
  const key = `${file}\0${etag}`;
  if (!compressed.has(key)) compressed.set(key, gzipSync(readFileSync(file)));
  return compressed.get(key);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const mount = mounts.find((m) => url.pathname.startsWith(m.base) || `${url.pathname}/` === m.base);
  // Outside every mount (a build served under BASE_PATH has none at "/"), nothing is found: the 404 page answers.
  const { base, root, rules } = mount ?? mounts.at(-1);
  let path = mount ? normalize(join(root, decodeURIComponent(url.pathname).slice(base.length - 1))) : join(root, '.outside-base-path');
  if (!path.startsWith(root)) path = root;
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/` }).end();
      return;
    }
    path = join(path, 'index.html');
  }
  const found = existsSync(path) && statSync(path).isFile();
  const file = found ? path : join(root, '404.html');
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Compress text as any static host or CDN does, so timings measured against this server are fair.
  const gzip = /text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  // Cache validators, as real hosts send them: a second visit revalidates (304, no body) instead of fetching
  // again; Astro's hashed files under _astro/ never change, so they are kept without asking.
  const { mtime, size } = statSync(file);
  const etag = `W/"${size.toString(16)}-${Math.floor(mtime.getTime() / 1000).toString(16)}"`;
  const validators = {
    etag,
    'last-modified': mtime.toUTCString(),
    'cache-control': url.pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  const fresh = req.headers['if-none-match'] ? req.headers['if-none-match'] === etag : since >= Math.floor(mtime.getTime() / 1000) * 1000;
  if (found && fresh) {
    res.writeHead(304, validators).end();
    return;
  }
  const fromRules = Object.assign({}, ...rules.filter((r) => r.pattern.test(url.pathname)).map((r) => r.headers));
  res.writeHead(found ? 200 : 404, {
    ...fromRules,
    'content-type': type,
    ...(found ? validators : {}),
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  if (gzip) res.end(gzipped(file, etag));
  else createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(mounts.map((m) => `serving ${m.root} at http://127.0.0.1:${port}${m.base}`).join('\n')));
