import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { eagerModuleWrappers } from './eagerModuleWrappers';

/** The part of the bundler's module graph the chunk groups read. */
export interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[]; dynamicImporters: readonly string[]; isEntry: boolean } | null;
}

/** The shell every tool loads (notices, print, clear, saved data, stores): its module and all it imports go in one chunk. */
export const SHELL = 'src/widgets/shell/ToolShell.tsx';

/** The module React DOM's client starts from: it and all it imports go in a chunk of their own. */
const REACT_DOM = 'react-dom/client';

/** `id` and every module that imports it, statically, at any depth. */
function importersOf(graph: ModuleGraph, id: string): Set<string> {
  const seen = new Set<string>();
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(graph.getModuleInfo(next)?.importers ?? []));
  }
  return seen;
}

/** Where the browser starts loading `id` from: the entries and dynamically imported modules that import it statically. */
function loadedFrom(graph: ModuleGraph, id: string): string[] {
  return [...importersOf(graph, id)].filter((m) => {
    const info = graph.getModuleInfo(m);
    return !!info && (info.isEntry || info.dynamicImporters.length > 0);
  });
}

/** A module's file name without folder or extension: "translate" for …/src/text/translate.ts. */
const moduleName = (id: string) => (id.split(/[\\/]/).at(-1) ?? id).replace(/\?.*$/, '').replace(/\.[^.]*$/, '');

/**
 * The chunk groups, by the module graph rather than by file names:
 * - "react": React DOM's client and every module it imports (React, the scheduler), so that the shell and the
 *   tool run in a task apart from React DOM's (the longest task running modules on a level's tool page went from
 *   73-98 ms to 26-47 ms at 4x CPU slowdown, with eagerModuleWrappers);
 * - "ToolShell": the shell and every module it imports that is loaded with the shell wherever it is loaded (text a
 *   page's own script reads without the shell, such as the search page's, stays out): one file, not the several
 *   that splitting by importer makes once some of it loads on first use, as the rare notices do.
 * Everything else is split by the bundler's own rule (one chunk per set of importers).
 */
export function chunkGroups(shellId: () => string | undefined, reactDomId: () => string | undefined) {
  const placeCache = new Map<string, 'shell' | 'shared' | 'elsewhere'>();
  const rootCache = new Map<string, boolean>();
  /**
   * Whether the browser has the shell whenever it loads `root`: a module that imports the shell (a tool), or one
   * loaded on first use (import()) only by code that has the shell already.
   */
  const comesWithShell = (root: string, graph: ModuleGraph, shell: string, visiting = new Set<string>()): boolean => {
    const cached = rootCache.get(root);
    if (cached !== undefined) return cached;
    if (visiting.has(root)) return true;
    visiting.add(root);
    const info = graph.getModuleInfo(root);
    const result =
      importersOf(graph, shell).has(root) ||
      (!!info &&
        !info.isEntry &&
        info.dynamicImporters.length > 0 &&
        info.dynamicImporters.every((importer) => loadedFrom(graph, importer).every((r) => comesWithShell(r, graph, shell, visiting))));
    rootCache.set(root, result);
    return result;
  };
  /** Whether the shell imports `id`, and if so whether `id` is also loaded without the shell. */
  const place = (id: string, graph: ModuleGraph) => {
    const shell = shellId();
    if (!shell || !graph.getModuleInfo(shell)) return 'elsewhere';
    let cached = placeCache.get(id);
    if (cached === undefined) {
      cached = !importersOf(graph, id).has(shell)
        ? 'elsewhere'
        : loadedFrom(graph, id).every((root) => comesWithShell(root, graph, shell))
          ? 'shell'
          : 'shared';
      placeCache.set(id, cached);
    }
    return cached;
  };
  return [
    {
      name: (id: string, graph: ModuleGraph) => {
        const reactDom = reactDomId();
        return reactDom && importersOf(graph, id).has(reactDom) ? 'react' : null;
      },
      debugName: 'react',
      priority: 3,
    },
    // A module the shell imports that a page also loads without the shell (the text the search page's script reads,
    // Vite's preload helper) keeps a file of its own, named after it: in the shell's chunk it would bring the shell.
    {
      name: (id: string, graph: ModuleGraph) => (place(id, graph) === 'shared' ? moduleName(id) : null),
      debugName: 'shared with the shell',
      priority: 2,
    },
    { name: (id: string, graph: ModuleGraph) => (place(id, graph) === 'shell' ? 'ToolShell' : null), debugName: 'ToolShell', priority: 1 },
  ];
}

/**
 * The plugin that shapes the browser's bundle, for the client build only: the server (prerender) build keeps
 * Astro's own chunks, which import its dependencies from node_modules wherever the build writes them.
 */
function shapePlugin(root: string): Plugin {
  let shellId: string | undefined;
  let reactDomId: string | undefined;
  return {
    name: 'qmh:bundle-shape',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    configEnvironment(name) {
      if (name !== 'client') return;
      return {
        build: {
          // No list of files to preload beside each import(): the site's CSS is global and the chunks loaded on first
          // use are small, so a plain import does the job (a first use waits one round trip more).
          modulePreload: false,
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: chunkGroups(
                  () => shellId,
                  () => reactDomId,
                ),
              },
            },
          },
        },
      };
    },
    async buildStart() {
      shellId = `${root}${SHELL}`;
      if (!existsSync(shellId)) this.error(`The tool shell ${SHELL} is not there: update SHELL in src/integrations/bundleShape.ts`);
      reactDomId = (await this.resolve(REACT_DOM, shellId))?.id;
      if (!reactDomId) this.error(`${REACT_DOM} could not be found from ${SHELL}: update REACT_DOM in src/integrations/bundleShape.ts`);
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const shell = chunks.find((c) => c.moduleIds.includes(shellId!));
      if (shell && shell.name !== 'ToolShell') this.error(`The tool shell went into ${shell.fileName}, not a ToolShell chunk of its own`);
    },
  };
}

/**
 * Owns the shape of the browser's bundle: the chunk groups above, no preload lists (Vite's build.modulePreload),
 * and React's module wrappers compiled while they download (eagerModuleWrappers). Supported options only; no
 * output is rewritten by regular expression. README, "Bundle shaping", says what each buys and how to remove it.
 */
export function bundleShape(): AstroIntegration {
  return {
    name: 'qmh:bundle-shape',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [shapePlugin(fileURLToPath(config.root)), eagerModuleWrappers()] } });
      },
    },
  };
}
