import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { parseBrandConfig, type BrandConfig } from '~/frameworks/brandSchema';
import { parseMark } from '~/frameworks/parseMark';
import type { Mark } from '~/frameworks/schema';
import { levelBadgeCss } from '~/site/levelBadge';

const BRAND = 'virtual:qmh/brand';
const BRAND_CSS = 'virtual:qmh-brand.css';
const FILE = 'site.config.json';

/**
 * Reads and checks the brand file once, when Astro starts (as Starlight does its config), and
 * serves the checked config as `virtual:qmh/brand`, and its colours with each published level's
 * badge colours as `virtual:qmh-brand.css`: bundled with the site's own CSS, so branding costs no
 * extra request and needs no inline style (which the CSP forbids).
 */
export function brand(): AstroIntegration {
  return {
    name: 'qmh:brand',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        addWatchFile(join(root, FILE));
        for (const { file } of definitions(root)) addWatchFile(join(root, file));
        const checked = loadBrand(root);
        updateConfig({ vite: { plugins: [brandPlugin(checked, publishedMarks(root, checked))] } });
      },
    },
  };
}

/** The brand file of the project at `root`, checked, or an error naming the file, each field and its fix. */
export function loadBrand(root: string): BrandConfig {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(root, FILE), 'utf8'));
  } catch (error) {
    throw new Error(`Site config ${FILE} could not be read: ${(error as Error).message}. Check it is valid JSON.`, { cause: error });
  }
  return parseBrandConfig(data, FILE, markIds(root), (path) => existsSync(join(root, 'public', path)));
}

const MARKS = 'src/frameworks/marks';

/** The definition files in src/frameworks/marks, read as JSON. */
function definitions(root: string): { file: string; data: unknown }[] {
  const folder = join(root, MARKS);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'definition.json')))
    .map((entry) => ({
      file: `${MARKS}/${entry.name}/definition.json`,
      data: JSON.parse(readFileSync(join(folder, entry.name, 'definition.json'), 'utf8')) as unknown,
    }));
}

/** The ids of the marks (the registry checks the rest of each definition). */
const markIds = (root: string): string[] =>
  definitions(root).flatMap(({ data }) => {
    const id = (data as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });

/** The marks this copy publishes, checked as the registry checks them. */
const publishedMarks = (root: string, config: BrandConfig): Mark[] =>
  definitions(root)
    .map(({ file, data }) => parseMark(data, file))
    .filter((mark) => !config.marks || config.marks.includes(mark.id));

function brandPlugin(config: BrandConfig, marks: readonly Mark[]): Plugin {
  const { accent, onAccent, link } = config.colours;
  const modules: Record<string, string> = {
    [BRAND]: `export default ${JSON.stringify(config)};`,
    // html:root outranks the defaults' :root, so the brand wins whatever the order of rules.
    [BRAND_CSS]: `html:root{--qm-color-accent:${accent};--qm-color-accent-contrast:${onAccent};--qm-color-link:${link}}\n${levelBadgeCss(marks)}\n`,
  };
  return {
    name: 'qmh:brand',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? modules[id.slice(1)] : undefined),
  };
}
