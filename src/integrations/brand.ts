import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { checkBrandConfig, parseBrandConfig, type BrandConfig } from '~/frameworks/brandSchema';
import { jsonSchemas, SCHEMA_FILES, schemaText } from '~/frameworks/jsonSchemas';
import { markProblems, parseMark } from '~/frameworks/parseMark';
import type { Mark } from '~/frameworks/schema';
import { levelBadgeCss } from '~/site/levelBadge';
import { en } from '~/text/en';

const BRAND = 'virtual:qmh/brand';
const BRAND_CSS = 'virtual:qmh-brand.css';

/** The brand this build is for: `BRAND=<name>` picks brands/<name>/; without it, brands/default/. */
export const brandName = (): string => process.env.BRAND?.trim() || 'default';

/** The brand's folder, from the project's root: "brands/default". */
export const brandFolder = (name = brandName()): string => `brands/${name}`;

/** The brand's file, from the project's root: "brands/default/brand.json". */
export const brandFile = (name = brandName()): string => `${brandFolder(name)}/brand.json`;

/**
 * Reads and checks the brand file and every mark's folder once, when Astro starts (as Starlight
 * does its config), and serves the checked config as `virtual:qmh/brand`, and its colours with each
 * published level's badge colours as `virtual:qmh-brand.css`: bundled with the site's own CSS, so
 * branding costs no extra request and needs no inline style (which the CSP forbids). The logo is
 * imported as an asset, so it is copied beside the site's other files under the base path.
 */
export function brand(): AstroIntegration {
  return {
    name: 'qmh:brand',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        writeJsonSchemas(root);
        addWatchFile(join(root, brandFile()));
        let checked: CheckedProject;
        try {
          checked = checkProject(root);
        } catch (error) {
          if (error instanceof BuildProblems) stopWith(error);
          throw error;
        }
        for (const { file } of checked.found) addWatchFile(join(root, file));
        updateConfig({
          vite: {
            plugins: [brandPlugin(root, checked.config, checked.marks)],
            // The registry keeps src/frameworks/marks and this brand's own marks, none of another brand's.
            define: { 'import.meta.env.QMH_BRAND': JSON.stringify(brandName()) },
          },
        });
      },
    },
  };
}

/** Every problem a build found, in every file: its message lists them file by file, each with the field and the fix. */
export class BuildProblems extends Error {
  override name = 'BuildProblems';
  constructor(readonly files: readonly { file: string; heading: string; lines: readonly string[] }[]) {
    super(
      files
        .map(
          ({ file, heading, lines }) =>
            `${heading} ${file} is not valid (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.map((l) => `  - ${l}`).join('\n')}`,
        )
        .join('\n'),
    );
  }

  /** One line per problem, "file: field: what is wrong; the fix", as the build prints them. */
  get problemLines(): string[] {
    return this.files.flatMap(({ file, lines }) => lines.map((line) => `${file}: ${line}`));
  }
}

/**
 * Ends a build whose files have problems: the problems are what it prints, one line each with the file, the
 * field and the fix, the first line first and the last line last, with no stack trace and none of Astro's
 * wrapping around them. With DEBUG set, the error goes on to Astro, which prints its stack after them.
 */
function stopWith(problems: BuildProblems): never {
  const lines = problems.problemLines;
  process.stderr.write(`${lines.join('\n')}\n`);
  if (process.env.DEBUG) throw problems;
  process.exit(1);
}

export interface CheckedProject {
  config: BrandConfig;
  /** The marks this copy publishes. */
  marks: Mark[];
  /** Every definition read, shared and the brand's own. */
  found: Definition[];
}

/**
 * Checks the brand file and every mark's definition and folder in one round: a project with several mistakes
 * across its files throws one `BuildProblems` listing them all, the brand's first, then each mark's.
 */
export function checkProject(root: string, name = brandName()): CheckedProject {
  const files: { file: string; heading: string; lines: string[] }[] = [];
  const problemsOf = (file: string, heading: string) => {
    let entry = files.find((f) => f.file === file);
    if (!entry) files.push((entry = { file, heading, lines: [] }));
    return entry.lines;
  };
  const found: Definition[] = [];
  for (const read of readDefinitions(root, name)) {
    if ('problem' in read) problemsOf(read.file, 'Mark definition').push(read.problem);
    else found.push(read);
  }
  let config: BrandConfig | undefined;
  const file = brandFile(name);
  const brand = readBrand(root, name);
  if ('problem' in brand) problemsOf(file, 'Site config').push(brand.problem);
  else {
    const folder = join(root, brandFolder(name));
    const result = checkBrandConfig(
      brand.data,
      file,
      found.flatMap(({ data }) => idOf(data) ?? []),
      (path) => existsSync(join(folder, path)),
      Object.keys(en),
    );
    config = result.config;
    if (result.lines.length > 0) problemsOf(file, 'Site config').push(...result.lines);
  }
  const folderLines = markFolderProblems(root, found);
  const marks: Mark[] = [];
  for (const definition of found) {
    const lines = [...markProblems(definition.data), ...(folderLines.get(definition.file) ?? [])];
    if (lines.length > 0) problemsOf(definition.file, 'Mark definition').push(...lines);
    else {
      const mark = parseMark(definition.data, definition.file);
      if (!config?.marks || config.marks.includes(mark.id)) marks.push(mark);
    }
  }
  // The brand's file first, then the marks' in the order they were read.
  files.sort((a, b) => Number(b.file === file) - Number(a.file === file));
  if (files.length > 0 || !config) throw new BuildProblems(files);
  return { config, marks, found };
}

/**
 * Writes schemas/brand.schema.json and schemas/definition.schema.json, generated from the zod schemas, where
 * they differ: a change to a zod schema reaches editors with the next build (commit the files it rewrites;
 * tests/unit/jsonSchemas.test.ts fails until then).
 */
export function writeJsonSchemas(root: string): void {
  const generated = jsonSchemas(Object.keys(en));
  for (const [name, file] of Object.entries(SCHEMA_FILES)) {
    const path = join(root, file);
    const text = schemaText(generated[name as keyof typeof SCHEMA_FILES]);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
}

/** The brand file of the project at `root`, checked, or an error naming the file, each field and its fix. */
export function loadBrand(root: string, name = brandName()): BrandConfig {
  const file = brandFile(name);
  const brand = readBrand(root, name);
  if ('problem' in brand) throw new Error(brand.message, { cause: brand.cause });
  const folder = join(root, brandFolder(name));
  return parseBrandConfig(
    brand.data,
    file,
    definitions(root, name).flatMap(({ data }) => idOf(data) ?? []),
    (path) => existsSync(join(folder, path)),
    Object.keys(en),
  );
}

type Read = { data: unknown } | { problem: string; message: string; cause?: unknown };

/** The brand's file read as JSON, or the problem: no such brand, or not JSON. */
function readBrand(root: string, name: string): Read {
  const file = brandFile(name);
  if (!existsSync(join(root, file))) {
    const brands = existsSync(join(root, 'brands')) ? readdirSync(join(root, 'brands')).filter((b) => existsSync(join(root, brandFile(b)))) : [];
    const fix = `the brands are ${brands.map((b) => `"${b}"`).join(', ') || 'none'}. Set BRAND to one of them, or leave it unset for "default".`;
    return { problem: `(the whole file): does not exist; ${fix}`, message: `Brand "${name}" has no ${file}; ${fix}` };
  }
  try {
    return { data: JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown };
  } catch (error) {
    const why = (error as Error).message;
    return {
      problem: `(the whole file): could not be read: ${why}. Check it is valid JSON.`,
      message: `Site config ${file} could not be read: ${why}. Check it is valid JSON.`,
      cause: error,
    };
  }
}

/** The base path a brand file asks for ("/severn/"), read before Astro's config is made; the build checks it with the rest of the file. */
export function brandBasePath(root: string, name = brandName()): string | undefined {
  try {
    const data = JSON.parse(readFileSync(join(root, brandFile(name)), 'utf8')) as { basePath?: unknown };
    return typeof data.basePath === 'string' ? data.basePath : undefined;
  } catch {
    return undefined;
  }
}

/** Where marks live: every brand's shared marks, then the brand's own. */
const markFolders = (name: string) => [
  { marks: 'src/frameworks/marks', content: 'src/content' },
  { marks: `${brandFolder(name)}/marks`, content: `${brandFolder(name)}/content` },
];

export interface Definition {
  /** From the project's root: "src/frameworks/marks/<id>/definition.json". */
  file: string;
  /** The name of the folder the definition is in. */
  folder: string;
  /** Where its guidance pages go: "src/content". */
  content: string;
  data: unknown;
}

/** The definition files of the shared marks and of the brand's own, read as JSON, or an error naming the file. */
export function definitions(root: string, name = brandName()): Definition[] {
  return readDefinitions(root, name).map((read) => {
    if ('problem' in read) throw new Error(read.message, { cause: read.cause });
    return read;
  });
}

/** Each definition file read as JSON, or the problem reading it. */
function readDefinitions(root: string, name: string): (Definition | { file: string; problem: string; message: string; cause: unknown })[] {
  return markFolders(name).flatMap(({ marks, content }) => {
    const dir = join(root, marks);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'definition.json')))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => {
        const file = `${marks}/${entry.name}/definition.json`;
        try {
          return { file, folder: entry.name, content, data: JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown };
        } catch (error) {
          const why = (error as Error).message;
          return {
            file,
            problem: `(the whole file): could not be read: ${why}. Check it is valid JSON.`,
            message: `Mark definition ${file} could not be read: ${why}. Check it is valid JSON.`,
            cause: error,
          };
        }
      });
  });
}

const idOf = (data: unknown): string | undefined => {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
};

/**
 * What no single definition can check: each mark's folder is named after its id, no two marks share
 * an id, and each has its overview page (the target of its link in every page's navigation).
 */
export function checkMarkFolders(root: string, found: readonly Definition[]): void {
  const problems = [...markFolderProblems(root, found)].map(
    ([file, lines]) =>
      `Mark definition ${file} is not valid (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.map((l) => `  - ${l}`).join('\n')}`,
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** The problems `checkMarkFolders` finds, by definition file. */
function markFolderProblems(root: string, found: readonly Definition[]): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  const fileOf = new Map<string, string>();
  for (const { file, folder, content, data } of found) {
    const id = idOf(data);
    if (id === undefined) continue; // the schema names a missing or mistyped id
    const lines: string[] = [];
    if (id !== folder) {
      lines.push(
        `id: is "${id}" but the folder is "${folder}"; the mark's URLs and pages follow its id, so rename the folder to "${id}" or set "id" to "${folder}"`,
      );
    }
    const earlier = fileOf.get(id);
    if (earlier) lines.push(`id: "${id}" is also the id of ${earlier}; each mark needs its own id, so rename one`);
    else fileOf.set(id, file);
    if (id === folder && !existsSync(join(root, content, id, 'index.mdx'))) {
      lines.push(
        `(the mark's overview page): ${content}/${id}/index.mdx does not exist; add it (front matter: title, description, nav, order), since every page's navigation links to it`,
      );
    }
    if (lines.length > 0) problems.set(file, lines);
  }
  return problems;
}

function brandPlugin(root: string, config: BrandConfig, marks: readonly Mark[]): Plugin {
  const { accent, onAccent, link } = config.colours;
  const { logo, $schema: _schema, ...rest } = config;
  // The logo is imported as a URL: Vite copies it, hashed, beside the site's other assets, under the base path.
  const logoPath = logo ? join(root, brandFolder(), logo.src) : undefined;
  const modules: Record<string, string> = {
    [BRAND]: logoPath
      ? `import logoSrc from ${JSON.stringify(`${logoPath}?url&no-inline`)};\nexport default { ...${JSON.stringify(rest)}, logo: { src: logoSrc, alt: ${JSON.stringify(logo!.alt)} } };`
      : `export default ${JSON.stringify(rest)};`,
    // html:root outranks the defaults' :root, so the brand wins whatever the order of rules.
    [BRAND_CSS]: `html:root{--qm-color-accent:${accent};--qm-color-accent-contrast:${onAccent};--qm-color-link:${link}}\n${config.font === 'inter' ? interCss(root) : ''}${levelBadgeCss(marks)}\n`,
  };
  return {
    name: 'qmh:brand',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? modules[id.slice(1)] : undefined),
  };
}

/**
 * Inter, self-hosted from @fontsource/inter: one file, its Latin subset at weight 400, hashed and copied by Vite beside
 * the site's other files. Headings and labels (600, a few 700) are that face made bold by the browser (the face says
 * it is weight 400 only, so CSS's font-synthesis draws the bolder weights): a second file, Inter 600, would add 23 KB
 * and take a branded reading page over its 45 KB (tests/budgets.mjs, brandedReadingPage). `font-display: swap` shows
 * the text at once in "Inter fallback", the device's Arial (or Liberation Sans) scaled to Inter's metrics, so the lines
 * do not move when Inter arrives. @font-face applies on paper too.
 */
function interCss(root: string): string {
  const file = join(root, 'node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2');
  // The Latin range, as @fontsource/inter's own latin.css gives it.
  const range =
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
  return [
    `@font-face{font-family:Inter;font-style:normal;font-display:swap;font-weight:400;src:url(${JSON.stringify(file)}) format("woff2");unicode-range:${range}}`,
    // Arial's metrics brought to Inter's (the overrides Next.js computes for this pair): the same line boxes either way.
    '@font-face{font-family:"Inter fallback";src:local("Arial"),local("ArialMT"),local("Liberation Sans");size-adjust:107.06%;ascent-override:90.49%;descent-override:22.56%;line-gap-override:0%}',
    "html:root{--qm-font:Inter,'Inter fallback',-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Arial,sans-serif}",
    '',
  ].join('\n');
}
