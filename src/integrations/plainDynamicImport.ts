import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';
const DEPS_MAP = /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);/;
const DEPS_CALL = /__vite__mapDeps\(\[[\d,]*\]\)/g;
// The one-line helper is written into each chunk that uses it rather than fetched as a file of its own.
const HELPER_IMPORT = /import\{([\w$]+)(?: as ([\w$]+))?\}from"\.\/(preload-helper\.[\w-]+\.js)";?/;

/**
 * Vite wraps each `import()` in a helper that preloads the imported chunk's CSS and shared chunks,
 * and lists every such file in the importing chunk: 0.9 KB (gzip) for the helper, up to 0.4 KB for
 * the list, and a file more to fetch, on a tool page that can load a capability on first use. Our
 * CSS is global and those chunks are small, so a plain import does the job; a first use waits one
 * round trip more.
 */
export function plainDynamicImport(): Plugin {
  return {
    name: 'qmh:plain-dynamic-import',
    enforce: 'pre',
    resolveId: (id) => (id === HELPER ? id : undefined),
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
    // After Vite's own import analysis has written the list.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const helpers = new Set<string>();
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          chunk.code = chunk.code
            .replace(DEPS_MAP, '')
            .replace(DEPS_CALL, 'void 0')
            .replace(HELPER_IMPORT, (_whole, name: string, alias: string | undefined, file: string) => {
              helpers.add(file);
              return `const ${alias ?? name}=f=>f();`;
            });
        }
        const stillUsed = (file: string) => Object.values(bundle).some((c) => c.type === 'chunk' && c.code.includes(file));
        for (const file of helpers) if (!stillUsed(file)) Reflect.deleteProperty(bundle, `_astro/${file}`);
      },
    },
  };
}
