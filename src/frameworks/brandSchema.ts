import { z } from 'zod';
import { describeIssues } from './describeIssues';

/** The handbook's own colours, used where a hub sets none. */
export const DEFAULT_COLOURS = { accent: '#0b4f6c', onAccent: '#ffffff', link: '#0b57a4' };

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a six-digit hex colour such as "#0b4f6c"' });

/** A hub's branded copy of the site: brands/<name>/brand.json. */
export const BrandConfig = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe('The JSON Schema this file follows, so that an editor can complete and check its fields: "../../schemas/brand.schema.json".'),
    name: z
      .string()
      .trim()
      .min(1, { error: 'is empty; add the name your schools know the site by' })
      .describe("The site's name, in the header, titles and footer."),
    tagline: z
      .string()
      .trim()
      .min(20, { error: 'is too short for a meta description; write a sentence of at least 20 characters' })
      .describe('One sentence under the name on the home page, and its meta description.'),
    logo: z
      .strictObject({
        src: z
          .string()
          .min(1)
          .describe('The image file, its path from the brand\'s folder: "logo.svg" (.svg, .png, .webp, .jpg, .gif or .avif). Required with a logo.'),
        alt: z
          .string()
          .trim()
          .min(1, { error: 'is empty; describe the logo, e.g. "Severn Hub"' })
          .describe('What the logo says or shows, read out by screen readers: "Severn Hub". Required with a logo.'),
      })
      .optional()
      .describe('A logo in the brand\'s folder (its path from there, e.g. "logo.svg"), shown before the name. Default: none.'),
    colours: z
      .strictObject({
        accent: Colour.default(DEFAULT_COLOURS.accent).describe(`The header's background, as "#rrggbb". Default: "${DEFAULT_COLOURS.accent}".`),
        onAccent: Colour.default(DEFAULT_COLOURS.onAccent).describe(
          `The header's text on the accent, as "#rrggbb"; at least 4.5:1 contrast against it. Default: "${DEFAULT_COLOURS.onAccent}".`,
        ),
        link: Colour.default(DEFAULT_COLOURS.link).describe(
          `Links, as "#rrggbb"; at least 4.5:1 contrast against white. Default: "${DEFAULT_COLOURS.link}".`,
        ),
      })
      .default(DEFAULT_COLOURS)
      .describe("Colours; the accent is the header's background and onAccent its text. Defaults: the handbook's own."),
    font: z
      .enum(['system', 'inter'], { error: 'must be "system" (the device\'s own sans-serif) or "inter" (Inter, served with the site)' })
      .default('system')
      .describe(
        'The typeface: "system", the device\'s own sans-serif (no bytes to load), or "inter", Inter served with the site (Latin, two weights, about 48 KB on a first visit), shown at once in a fallback of the same size. Default: "system".',
      ),
    marks: z
      .array(z.string().describe("A mark's id, the name of its folder in src/frameworks/marks/ or in the brand's own marks/."))
      .min(1, { error: 'is empty; list at least one mark id, or leave "marks" out to publish them all' })
      .optional()
      .describe('The ids of the marks to publish, in order. Default: every mark.'),
    basePath: z
      .string()
      .regex(/^\/(?:[a-z0-9-]+\/)*$/, {
        error: 'must be a path such as "/severn/" (lower-case letters, digits and hyphens, starting and ending with "/")',
      })
      .optional()
      .describe('The sub-folder the copy is served from, e.g. "/severn/"; BASE_PATH overrides it. Default: "/".'),
    contact: z
      .string()
      .trim()
      .min(1, { error: 'is empty; name who to tell, or leave "contact" out' })
      .optional()
      .describe('Who to tell about a problem with the site, for the accessibility statement. Default: the hosting organisation.'),
    text: z
      .record(
        z.string(),
        z.union(
          [
            z.string().describe('The new words for this text of the interface.'),
            z
              .strictObject({
                zero: z.string().optional().describe('For a count of 0: "No files". Default: the "other" form.'),
                one: z.string().optional().describe('For a count of 1: "1 file". Default: the "other" form.'),
                other: z.string().describe('For any other count, with {count} where the number goes: "{count} files". Required.'),
              })
              .describe('Plural forms, for a text that counts something.'),
          ],
          {
            error: 'must be text in quotes, or plural forms such as { "one": "1 file", "other": "{count} files" }',
          },
        ),
      )
      .default({})
      .describe('Rewordings of the interface, by key of src/text/en.ts: "readiness.result": "Outcome". Default: none.'),
  })
  .superRefine((config, ctx) => {
    const { accent, onAccent, link } = config.colours;
    // The fix names what the hub can change: a light accent keeps its colour with dark header text (onAccent).
    const pairs: [string, string, string, string, string][] = [
      [
        'accent',
        accent,
        "the header's text, colours.onAccent",
        onAccent,
        'choose a darker accent, or set colours.onAccent to a dark colour such as "#1b1b1b" for a light one',
      ],
      ['link', link, 'the white page', '#ffffff', 'choose a darker colour'],
    ];
    for (const [name, colour, against, other, fix] of pairs) {
      const ratio = contrast(colour, other);
      if (ratio < 4.5) {
        ctx.addIssue({
          code: 'custom',
          path: ['colours', name],
          message: `${colour} against ${against} (${other}) has a contrast of ${ratio.toFixed(1)}:1; WCAG AA needs 4.5:1 for text, so ${fix}`,
        });
      }
    }
  });

export type BrandConfig = z.output<typeof BrandConfig>;

/** A path inside the brand's folder to an image: no "..", ".", leading "/" or scheme, so the logo can only be the brand's own file. */
const IMAGE_PATH = /^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*\.(?:svg|png|webp|jpe?g|gif|avif)$/i;

/**
 * Checks a brand file (brands/<name>/brand.json), or throws naming the file, each field and its fix; also checks the mark
 * ids exist, the logo is the brand's own file and each rewording's key is one of `textKeys` (the keys of src/text/en.ts,
 * given by the caller: this layer imports nothing outside src/frameworks).
 */
export function parseBrandConfig(
  data: unknown,
  file: string,
  markIds: readonly string[],
  brandFileExists: (path: string) => boolean,
  textKeys: readonly string[],
): BrandConfig {
  const { config, lines } = checkBrandConfig(data, file, markIds, brandFileExists, textKeys);
  if (!config) {
    throw new Error(
      `Site config ${file} is not valid (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.map((l) => `  - ${l}`).join('\n')}`,
    );
  }
  return config;
}

/**
 * A brand file's problems, each a line naming the field and its fix, and the checked config when there are none.
 * The checks beyond the schema (mark ids, text keys, the logo's file) run on what the file holds even when the
 * schema finds problems elsewhere, so one build lists every problem.
 */
export function checkBrandConfig(
  data: unknown,
  file: string,
  markIds: readonly string[],
  brandFileExists: (path: string) => boolean,
  textKeys: readonly string[],
): { config?: BrandConfig; lines: string[] } {
  const folder = file.replace(/\/[^/]*$/, '');
  const result = BrandConfig.safeParse(data);
  const lines = result.success ? [] : describeIssues(result.error.issues, data);
  const raw = isObject(data) ? data : {};
  if (Array.isArray(raw.marks)) {
    const marks: unknown[] = raw.marks;
    marks.forEach((id, i) => {
      if (typeof id !== 'string') return; // the schema names it
      const first = marks.indexOf(id);
      if (first < i) lines.push(`marks[${i}]: repeats "${id}" (also marks[${first}]); list each mark once`);
      else if (!markIds.includes(id)) lines.push(`marks[${i}]: "${id}" is not a mark; the marks are ${markIds.map((m) => `"${m}"`).join(', ')}`);
    });
  }
  if (isObject(raw.text)) {
    for (const key of Object.keys(raw.text)) {
      if (!textKeys.includes(key))
        lines.push(`text."${key}": is not a text of the interface; use a key from src/text/en.ts${nearest(key, textKeys)}`);
    }
  }
  const logo = isObject(raw.logo) && typeof raw.logo.src === 'string' && raw.logo.src !== '' ? raw.logo.src : undefined;
  if (logo !== undefined && !IMAGE_PATH.test(logo)) {
    lines.push(
      `logo.src: "${logo}" is not an image file in ${folder}/; give its path from that folder, such as "logo.svg" (an .svg, .png, .webp, .jpg, .gif or .avif file, with no "..", "." or leading "/")`,
    );
  } else if (logo !== undefined && !brandFileExists(logo)) {
    lines.push(`logo.src: ${folder}/${logo} does not exist; put the logo in ${folder}/ and give its path from there`);
  }
  return result.success && lines.length === 0 ? { config: result.data, lines } : { lines };
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** WCAG contrast ratio of two hex colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** ', such as "x.y"' naming the key that shares the most leading characters, to catch a typo. */
function nearest(key: string, keys: readonly string[]): string {
  const shared = (k: string) => {
    const differs = Array.from(k).findIndex((ch, i) => ch !== key[i]);
    return differs === -1 ? k.length : differs;
  };
  const best = keys.reduce((a, b) => (shared(b) > shared(a) ? b : a), '');
  return shared(best) > 3 ? `, such as "${best}"` : '';
}
