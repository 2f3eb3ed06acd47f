import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each `import()` in a helper that preloads the imported chunk's CSS and shared chunks:
 * 0.9 KB (gzip) on every tool page that can load a capability on first use. Our CSS is global and
 * those chunks are small, so a plain import does the job; a first use waits one round trip more.
 */
export function plainDynamicImport(): Plugin {
  return {
    name: 'qmh:plain-dynamic-import',
    enforce: 'pre',
    resolveId: (id) => (id === HELPER ? id : undefined),
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}
