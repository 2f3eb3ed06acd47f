import { rm, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** Pages that are no place to land from a search engine: the search page (its results need a query) and the 404. */
const unlisted = (pathname: string) => /^(?:404\/?|404\.html|search\/?)$/.test(pathname);

/**
 * Writes sitemap.xml and robots.txt after the build, from the pages Astro actually built, so no
 * page can be missed. The sitemap protocol asks for absolute addresses, so it is written only when
 * the site URL is known (SITE_URL); without one, robots.txt has no Sitemap line and the build says so.
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
      'astro:build:done': async ({ dir, pages, logger }) => {
        const sitemapFile = new URL('sitemap.xml', dir);
        if (site) {
          const address = (pathname: string) => new URL(`${base}${pathname}`.replace(/\/{2,}/g, '/'), site).href;
          const urls = pages
            .map((p) => p.pathname)
            .filter((p) => !unlisted(p))
            .sort()
            .map((p) => `  <url><loc>${escapeXml(address(p))}</loc></url>`);
          const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
          await writeFile(sitemapFile, xml);
        } else {
          await rm(sitemapFile, { force: true });
          logger.info('No sitemap.xml: a sitemap needs absolute addresses; set SITE_URL (e.g. https://hub.example.org) to write one.');
        }
        const robots = ['User-agent: *', 'Allow: /', ...(site ? [`Sitemap: ${new URL(`${base}sitemap.xml`, site).href}`] : [])].join('\n');
        await writeFile(new URL('robots.txt', dir), `${robots}\n`);
      },
    },
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
