// A plain static file server for dist/, as a static host or CDN would serve it, for browser tests.
// (astro preview allows one running server per project, which a developer's own preview would block.)
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

// DIST_ROOT serves another build, such as a copy of the project's; default: this project's dist/.
// DIST_MOUNTS ({ "/severn/": "/tmp/…/dist" }) serves further builds under their base paths, as copies sharing one host.
const mounts = [
  ...Object.entries(JSON.parse(process.env.DIST_MOUNTS ?? '{}')).map(([base, dir]) => ({ base, root: `${resolve(dir)}/` })),
  { base: '/', root: process.env.DIST_ROOT ? `${resolve(process.env.DIST_ROOT)}/` : new URL('../../dist/', import.meta.url).pathname },
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

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const { base, root, rules } = mounts.find((m) => url.pathname.startsWith(m.base) || `${url.pathname}/` === m.base) ?? mounts.at(-1);
  let path = normalize(join(root, decodeURIComponent(url.pathname).slice(base.length - 1)));
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
  const fromRules = Object.assign({}, ...rules.filter((r) => r.pattern.test(url.pathname)).map((r) => r.headers));
  res.writeHead(found ? 200 : 404, { ...fromRules, 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(mounts.map((m) => `serving ${m.root} at http://127.0.0.1:${port}${m.base}`).join('\n')));
