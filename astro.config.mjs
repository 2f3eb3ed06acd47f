// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

// SITE_URL (e.g. https://hub.example.org) turns on canonical URLs and the sitemap's absolute
// addresses; BASE_PATH (e.g. /handbook) serves the site from a sub-folder.
export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  integrations: [mdx(), react()],
  devToolbar: { enabled: false },
});
