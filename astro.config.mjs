// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { brand, brandBasePath } from './src/integrations/brand';
import { bundleShape } from './src/integrations/bundleShape';
import { headers } from './src/integrations/headers';
import { offline } from './src/integrations/offline';
import { savedShapes } from './src/integrations/savedShapes';
import { search } from './src/integrations/search';
import { sitemap } from './src/integrations/sitemap';

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
  },
  // bundleShape: the browser's chunks (README, "Bundle shaping").
  integrations: [mdx(), react(), bundleShape(), brand(), savedShapes(), sitemap(), search(), headers(), offline()],
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
