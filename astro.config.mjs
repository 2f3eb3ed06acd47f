// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { brand, brandBasePath } from './src/integrations/brand';
import { eagerModuleWrappers } from './src/integrations/eagerModuleWrappers';
import { headers } from './src/integrations/headers';
import { offline } from './src/integrations/offline';
import { plainDynamicImport } from './src/integrations/plainDynamicImport';
import { savedShapes } from './src/integrations/savedShapes';
import { search } from './src/integrations/search';
import { sitemap } from './src/integrations/sitemap';

const toolShell = new RegExp(
  [
    'src/widgets/shell/(ToolShell|notices|live|text|keep|PrintControl|ClearControl)\\.',
    'src/widgets/stores/(saved|school|memo)\\.',
    'src/frameworks/saved/(readShape|decodeSaved|mergeEdits|storageKey)\\.',
    'node_modules/(nanostores|@nanostores)/',
    'jsx-runtime',
  ].join('|'),
);

// SITE_URL (e.g. https://hub.example.org) turns on canonical URLs and the sitemap's absolute
// addresses; BASE_PATH (e.g. /handbook) serves the site from a sub-folder, overriding the brand's
// "basePath". BRAND=<name> builds brands/<name>/ (default: brands/default/).
export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH || brandBasePath(fileURLToPath(new URL('.', import.meta.url))) || '/',
  trailingSlash: 'always',
  // Pages render while earlier ones are still being written: 1,013 generated pages build in 6.7-7.0 s
  // instead of 7.6-8.2 s (interleaved runs, this 2-core machine), with byte-identical output.
  build: { concurrency: 4 },
  // Caches in the project, not node_modules/: worktrees and the bench's copies link one node_modules,
  // and builds running side by side overwrote each other's content store there (a copy built without
  // its marks' guidance pages) and cleared it on every build.
  cacheDir: './.astro/cache',
  vite: {
    cacheDir: './.astro/vite',
    plugins: [plainDynamicImport(), eagerModuleWrappers()],
    build: {
      rolldownOptions: {
        output: {
          // Every tool loads the shell (notices, print, clear, saved data, stores): one chunk, not the
          // several that splitting by importer makes once some of it loads on first use, as the
          // rare notices do. Tool pages have 80 KB of JavaScript in all (see tests/site/budgets).
          // The preload helper keeps a file of its own, which plainDynamicImport writes into its users.
          codeSplitting: {
            groups: [
              { name: 'preload-helper', test: /vite\/preload-helper/, priority: 2 },
              // The search page's script reads its text with it too, and loads no shell.
              { name: 'translate', test: /src\/text\/translate\./, priority: 2 },
              { name: 'ToolShell', test: toolShell, priority: 1 },
              // React and React DOM in a file of their own, so that the shell and the tool run in a task
              // apart from React DOM's: the longest task running modules on the Bronze tool page went
              // from 73-98 ms to 26-47 ms at 4x CPU slowdown (with eagerModuleWrappers).
              { name: 'react', test: /node_modules\/(react|react-dom|scheduler)\//, priority: 3 },
            ],
          },
        },
      },
    },
  },
  integrations: [mdx(), react(), brand(), savedShapes(), sitemap(), search(), headers(), offline()],
  // Shiki's inline styles would need 'unsafe-inline' under the CSP; guidance has no code to highlight.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A strict policy in a meta tag on every page: Astro hashes its own inline scripts and styles,
  // and nothing may load from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval' (for Pagefind's engine) is added by the search page alone.
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
