// The reference the build is measured against (issue 14): Starlight 0.42 on this project's version of Astro, building
// about 1,000 pages of the same content (the Wiltshire mark's Bronze grid as a Markdown table on every page) on this
// machine when the bench runs, so both figures share the machine's day. Starlight is no dependency of the project: it
// is installed once into a folder of its own (in the system's temporary folder, kept between runs), which needs the
// npm registry the first time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const STARLIGHT = '0.42.4';

/** The Bronze grid's statements as a Markdown table: area, middle leaders, senior leaders. */
function bronzeTable() {
  const definition = JSON.parse(readFileSync(join(root, 'src/frameworks/marks/wiltshire-lsqm/definition.json'), 'utf8'));
  const { criteria } = definition.levels.find((l) => l.id === 'bronze');
  const cell = (text) => text.replaceAll('|', '\\|');
  const rows = criteria.areas.flatMap((area) =>
    area.rows.map((row) => `| ${cell(area.label)} | ${criteria.roles.map((role) => cell(row[role.id]?.text ?? '')).join(' | ')} |`),
  );
  return [`| Area | ${criteria.roles.map((r) => r.label).join(' | ')} |`, `| --- | ${criteria.roles.map(() => '---').join(' | ')} |`, ...rows].join(
    '\n',
  );
}

/**
 * A Starlight project with `pages` pages of the Bronze grid, ready to build (`astro build` in it); returns its path.
 * Its packages are installed on first use: Starlight with this project's Astro.
 */
export function starlightSite(pages) {
  const astro = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
  const dir = join(tmpdir(), `qmh-starlight-${STARLIGHT}-astro-${astro}`);
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'starlight-reference', private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': STARLIGHT } }),
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Reference', sidebar: [{ label: 'Bronze grid', link: '/page-1/' }] })] });\n",
  );
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  const table = bronzeTable();
  for (let n = 1; n <= pages; n++) writeFileSync(join(docs, `page-${n}.md`), `---\ntitle: Bronze grid, copy ${n}\n---\n\n${table}\n`);
  return dir;
}
