import { readdirSync, readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { DEFAULT_COLOURS } from '~/frameworks/brandSchema';
import { parseMark } from '~/frameworks/parseMark';
import { levelBadgeCss } from '~/site/levelBadge';

const ID = 'virtual:qmh-brand.css';

/**
 * The hub's colours from site.config.json, and each level's badge colours from its mark's
 * definition, as a virtual stylesheet bundled with the site's own CSS, so branding costs no extra
 * request and needs no inline style (which the CSP forbids). (src/site/config.ts validates the same
 * config file at build.) html:root outranks the defaults' :root, so the brand wins whatever the order of rules.
 */
export function brandCss(): AstroIntegration {
  return {
    name: 'qmh:brand-css',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        const configFile = new URL('site.config.json', config.root);
        const marksDir = new URL('src/frameworks/marks/', config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'qmh:brand-css',
                resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
                load(id) {
                  if (id !== `\0${ID}`) return undefined;
                  this.addWatchFile(configFile.pathname);
                  const brand = JSON.parse(readFileSync(configFile, 'utf8')) as { colours?: object; marks?: string[] };
                  const colours = { ...DEFAULT_COLOURS, ...brand.colours };
                  // Only the published marks' badges; a definition is checked here as the registry checks it.
                  const marks = readdirSync(marksDir, { withFileTypes: true })
                    .filter((entry) => entry.isDirectory() && (!brand.marks || brand.marks.includes(entry.name)))
                    .map((entry) => {
                      const file = new URL(`${entry.name}/definition.json`, marksDir);
                      this.addWatchFile(file.pathname);
                      return parseMark(JSON.parse(readFileSync(file, 'utf8')), `src/frameworks/marks/${entry.name}/definition.json`);
                    });
                  return (
                    `html:root{--qm-color-accent:${colours.accent};--qm-color-accent-contrast:${colours.onAccent};--qm-color-link:${colours.link}}\n` +
                    `${levelBadgeCss(marks)}\n`
                  );
                },
              },
            ],
          },
        });
      },
    },
  };
}
