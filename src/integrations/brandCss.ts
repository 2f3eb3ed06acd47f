import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { DEFAULT_COLOURS } from '~/frameworks/brandSchema';

const ID = 'virtual:qmh-brand.css';

/**
 * The hub's colours from site.config.json as a virtual stylesheet, bundled with the site's own CSS
 * so branding costs no extra request. (src/components/site.ts validates the same file at build.)
 * html:root outranks the defaults' :root, so the brand wins whatever the order of rules.
 */
export function brandCss(): AstroIntegration {
  return {
    name: 'qmh:brand-css',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        const configFile = new URL('site.config.json', config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'qmh:brand-css',
                resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
                load(id) {
                  if (id !== `\0${ID}`) return undefined;
                  this.addWatchFile(configFile.pathname);
                  const colours = { ...DEFAULT_COLOURS, ...JSON.parse(readFileSync(configFile, 'utf8')).colours };
                  return `html:root{--qm-color-accent:${colours.accent};--qm-color-accent-contrast:${colours.onAccent};--qm-color-link:${colours.link}}\n`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
