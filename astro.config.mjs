// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { brand, brandBasePath } from './src/integrations/brand';
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
  // The build's content store and caches stay in this project: node_modules may be shared (a link to
  // another checkout's), and builds of other projects or brands writing one store would mix content.
  cacheDir: './.astro/cache/',
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
