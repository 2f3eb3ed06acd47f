import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** A built site on disk: its folder and the base path it is served under. */
export interface Site {
  root: string;
  /** "/" or "/handbook/". */
  base: string;
}

/** The built site that `npm run build` wrote; these tests read it as a static host would serve it. */
export const dist: Site = { root: new URL('../../dist/', import.meta.url).pathname, base: '/' };

export interface BuiltPage {
  /** URL path: "/", "/marks/x/", "/404.html". */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Every HTML page of the build, parsed. */
export function builtPages(site: Site = dist): BuiltPage[] {
  if (!existsSync(site.root)) throw new Error(`No ${site.root}: run npm run build before the site tests`);
  return htmlFiles(site.root)
    .sort()
    .map((file) => {
      const rel = relative(site.root, file).split(sep).join('/');
      const path = rel.endsWith('index.html') ? `${site.base}${rel.slice(0, -'index.html'.length)}` : `${site.base}${rel}`;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, root: parse(html) };
    });
}

/** The file a URL path serves, or undefined: "/x/" → x/index.html, "/a.js" → a.js. */
export function fileFor(urlPath: string, site: Site = dist): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  if (!clean.startsWith(site.base)) return undefined;
  const rel = clean.slice(site.base.length);
  const candidates =
    rel === '' || rel.endsWith('/') ? [join(site.root, rel, 'index.html')] : [join(site.root, rel), join(site.root, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const gzipSize = (text: string | Buffer) => gzipSync(text).length;

/** A JS file and every module it imports statically, as site paths. */
function moduleGraph(entry: string, seen = new Set<string>(), site: Site = dist): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const file = fileFor(entry, site);
  if (!file) throw new Error(`Script ${entry} is referenced but not built`);
  const code = readFileSync(file, 'utf8');
  // Static imports only: a dynamic import() loads later, on demand, and is not a page-load cost.
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = match[1]!;
    const resolved = spec.startsWith('/') ? spec : join(dirname(entry), spec).split(sep).join('/');
    moduleGraph(resolved, seen, site);
  }
  return seen;
}

export interface PageCost {
  /** Gzip bytes of JavaScript run at page load: inline scripts, module scripts and island code with their imports. */
  jsBytes: number;
  jsFiles: string[];
  /** Gzip bytes of the page's stylesheets and inline styles. */
  cssBytes: number;
  /** Font files the page's CSS can load (the first, preferred format of each @font-face). */
  fontFiles: string[];
}

/** What a page of `site` costs to load, read from the built files. */
export function pageCost(page: BuiltPage, site: Site = dist): PageCost {
  const scripts = page.root.querySelectorAll('script');
  const inlineJs = scripts.filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/json');
  const entries = [
    ...scripts.flatMap((s) => s.getAttribute('src') ?? []),
    // Islands load their component and renderer as soon as they hydrate.
    ...page.root.querySelectorAll('astro-island').flatMap((i) => [i.getAttribute('component-url'), i.getAttribute('renderer-url')]),
  ].filter((u): u is string => !!u);
  const files = new Set<string>();
  for (const entry of entries) moduleGraph(entry, files, site);
  const jsBytes =
    inlineJs.reduce((n, s) => n + gzipSize(s.textContent), 0) + [...files].reduce((n, f) => n + gzipSize(readFileSync(fileFor(f, site)!)), 0);

  const sheets = page.root.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!);
  const css = [...sheets.map((href) => readFileSync(fileFor(href, site)!, 'utf8')), ...page.root.querySelectorAll('style').map((s) => s.textContent)];
  const cssBytes = css.reduce((n, c) => n + gzipSize(c), 0);
  const fontFiles = css.flatMap((c) => [...c.matchAll(/@font-face\s*{[^}]*?src:\s*url\(([^)]+)\)/g)].map((m) => m[1]!));
  return { jsBytes, jsFiles: [...files], cssBytes, fontFiles: [...new Set(fontFiles)] };
}

/** Pages that embed a self-assessment tool: every island on this site is one. */
export const isToolPage = (page: BuiltPage) => page.root.querySelector('astro-island') !== null;

/** A level's printable pack (/marks/<mark>/levels/<level>/print/): a print page, whose one inline script dates its sheets. */
export const isLevelPack = (page: BuiltPage) => /\/levels\/[^/]+\/print\/$/.test(page.path);

/** Every internal link, asset reference and anchor of a site resolves to something built. */
export function brokenReferences(site: Site, sitePages: BuiltPage[]): string[] {
  const ids = new Map<string, Set<string>>();
  let all: BuiltPage[] | undefined;
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const page = sitePages.find((p) => p.file === file) ?? (all ??= builtPages(site)).find((p) => p.file === file);
      ids.set(file, new Set(page?.root.querySelectorAll('[id]').map((e) => e.id)));
    }
    return ids.get(file)!;
  };
  // A long tool's task list shows one part at a time: the address's hash names the part ("#area-3", "#all") or a
  // question in it ("#criterion-<id>", "#requirements-heading"), which the tool shows once it runs
  // (src/frameworks/tasks/taskList.ts); its page as built holds the list. A tool with a task list says so.
  const routedByTaskList = (file: string, hash: string) =>
    /^#(all|area-\d+|requirements|requirements-heading|requirement-[\w-]+|criterion-[\w-]+)$/.test(hash) &&
    readFileSync(file, 'utf8').includes('data-testid="task-list"');
  const broken: string[] = [];
  for (const page of sitePages) {
    const refs = [
      ...page.root.querySelectorAll('a[href]').map((e) => e.getAttribute('href')!),
      // A canonical URL is absolute by design; every other link must stay on the site.
      ...page.root.querySelectorAll('link[href]:not([rel="canonical"])').map((e) => e.getAttribute('href')!),
      ...page.root.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
      ...page.root.querySelectorAll('astro-island').flatMap((e) => [e.getAttribute('component-url')!, e.getAttribute('renderer-url')!]),
    ];
    for (const ref of refs) {
      // A data: URL is inside the page itself (the site's icon): no request, nothing leaves.
      if (ref.startsWith('data:')) continue;
      if (/^[a-z]+:/i.test(ref)) {
        broken.push(`${page.path}: ${ref} leaves the site`);
        continue;
      }
      const url = new URL(ref, `http://site${page.path}`);
      const file = fileFor(url.pathname, site);
      if (!file) broken.push(`${page.path}: ${ref} is not built`);
      else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1))) && !routedByTaskList(file, url.hash)) {
        broken.push(`${page.path}: ${ref} has no anchor ${url.hash}`);
      }
    }
  }
  return broken;
}

/** What Pagefind indexed of one page: its text, its headings and criteria (anchors) and its filters. */
export interface SearchFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  anchors: { id: string; text: string; title?: string }[];
}

/** Every page in the search index, read from the fragments Pagefind wrote (gzip, after a "pagefind_dcd" signature). */
export function searchFragments(site: Site = dist): SearchFragment[] {
  const dir = join(site.root, 'pagefind/fragment');
  return readdirSync(dir).map((name) => {
    const bytes = gunzipSync(readFileSync(join(dir, name)));
    if (bytes.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error(`${name} is not a Pagefind fragment`);
    return JSON.parse(bytes.subarray(12).toString('utf8')) as SearchFragment;
  });
}
