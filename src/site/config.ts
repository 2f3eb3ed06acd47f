import { existsSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../site.config.json';
import { parseBrandConfig } from '~/frameworks/brandSchema';
import { marks as allMarks } from '~/frameworks/registry';
import type { Mark } from '~/frameworks/schema';

/** The hub's brand and choice of marks, from site.config.json, checked when the site builds. */
export const site = parseBrandConfig(
  config,
  'site.config.json',
  allMarks.map((m) => m.id),
  // The build runs from the project's root, where public/ is.
  (path) => existsSync(join(process.cwd(), 'public', path)),
);

/** The marks this copy publishes, in the config's order (default: all). */
export const marks: readonly Mark[] = site.marks ? site.marks.map((id) => allMarks.find((m) => m.id === id)!) : allMarks;
