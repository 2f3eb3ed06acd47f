import { describe, expect, it } from 'vitest';
import { chunkGroups, type ModuleGraph } from '~/integrations/bundleShape';

/** A module graph as the bundler gives it: each module's static and dynamic imports; entries marked. */
function graph(modules: Record<string, { imports?: string[]; lazy?: string[]; entry?: boolean }>): ModuleGraph {
  const info = (id: string) => ({
    isEntry: !!modules[id]?.entry,
    importers: Object.keys(modules).filter((m) => modules[m]!.imports?.includes(id)),
    dynamicImporters: Object.keys(modules).filter((m) => modules[m]!.lazy?.includes(id)),
  });
  return { getModuleInfo: (id) => (id in modules ? info(id) : null) };
}

const site = graph({
  '/p/src/widgets/Tool.tsx': {
    entry: true,
    imports: ['/p/src/widgets/shell/ToolShell.tsx', '/p/src/widgets/tool/part.ts'],
    lazy: ['/p/src/widgets/tool/csv.ts'],
  },
  '/p/src/widgets/shell/ToolShell.tsx': {
    imports: ['/p/src/widgets/shell/notices.tsx', '/p/src/text/translate.ts', '\0vite/preload-helper.js', '/p/node_modules/react/index.js'],
    lazy: ['/p/src/widgets/shell/LazyNotice.tsx'],
  },
  '/p/src/widgets/shell/notices.tsx': { imports: ['/p/src/widgets/stores/saved.ts'] },
  '/p/src/widgets/shell/LazyNotice.tsx': { imports: ['/p/src/widgets/stores/saved.ts', '/p/src/widgets/shell/UnsavedNotice.tsx'] },
  '/p/src/widgets/shell/UnsavedNotice.tsx': {},
  '/p/src/widgets/stores/saved.ts': {},
  '/p/src/widgets/tool/part.ts': {},
  '/p/src/widgets/tool/csv.ts': { imports: ['/p/src/widgets/stores/saved.ts'] },
  '/p/src/text/translate.ts': {},
  '\0vite/preload-helper.js': {},
  '/p/src/pages/search.astro?script': { entry: true, imports: ['/p/src/text/translate.ts', '\0vite/preload-helper.js'] },
  '/p/node_modules/react-dom/client.js': { entry: true, imports: ['/p/node_modules/react-dom/index.js'] },
  '/p/node_modules/react-dom/index.js': { imports: ['/p/node_modules/react/index.js'] },
  '/p/node_modules/react/index.js': {},
});

/** The chunk each module goes to: the first group (by priority) that names it, or null for the bundler's own rule. */
function chunkOf(id: string): string | null {
  const groups = [
    ...chunkGroups(
      () => '/p/src/widgets/shell/ToolShell.tsx',
      () => '/p/node_modules/react-dom/client.js',
    ),
  ].sort((a, b) => b.priority - a.priority);
  for (const group of groups) {
    const name = group.name(id, site);
    if (name) return name;
  }
  return null;
}

describe('the browser’s chunks, by the module graph (src/integrations/bundleShape.ts)', () => {
  it('puts the shell and what it imports in one chunk, whatever the files are called', () => {
    expect(chunkOf('/p/src/widgets/shell/ToolShell.tsx')).toBe('ToolShell');
    expect(chunkOf('/p/src/widgets/shell/notices.tsx')).toBe('ToolShell');
    // Also loaded by a notice on first use and by a tool's lazy part: both come after the shell.
    expect(chunkOf('/p/src/widgets/stores/saved.ts')).toBe('ToolShell');
  });

  it('keeps what a page loads without the shell in a file of its own, named after the module', () => {
    expect(chunkOf('/p/src/text/translate.ts')).toBe('translate');
    expect(chunkOf('\0vite/preload-helper.js')).toBe('preload-helper');
  });

  it('puts React DOM and all it imports in the react chunk, and leaves the rest to the bundler', () => {
    expect(chunkOf('/p/node_modules/react-dom/client.js')).toBe('react');
    expect(chunkOf('/p/node_modules/react/index.js')).toBe('react');
    expect(chunkOf('/p/src/widgets/shell/LazyNotice.tsx')).toBeNull();
    expect(chunkOf('/p/src/widgets/shell/UnsavedNotice.tsx')).toBeNull();
    expect(chunkOf('/p/src/widgets/tool/part.ts')).toBeNull();
    expect(chunkOf('/p/src/widgets/tool/csv.ts')).toBeNull();
  });
});
