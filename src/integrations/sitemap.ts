import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Writes sitemap.xml and robots.txt after the build, from the pages Astro actually built, so no
 * page can be missed. With a site URL the sitemap holds absolute addresses as the protocol asks;
 * without one it lists site-relative paths, and robots.txt leaves the Sitemap line out.
 */
export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'qmh:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages }) => {
        const address = (pathname: string) => {
          const path = `${base}${pathname}`.replace(/\/{2,}/g, '/');
          return site ? new URL(path, site).href : path;
        };
        const urls = pages
          .map((p) => p.pathname)
          .filter((p) => p !== '404/' && p !== '404')
          .sort()
          .map((p) => `  <url><loc>${escapeXml(address(p))}</loc></url>`);
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
        await writeFile(new URL('sitemap.xml', dir), xml);
        const robots = ['User-agent: *', 'Allow: /', ...(site ? [`Sitemap: ${address('sitemap.xml')}`] : [])].join('\n');
        await writeFile(new URL('robots.txt', dir), `${robots}\n`);
      },
    },
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
