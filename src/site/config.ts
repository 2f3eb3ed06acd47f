import brand from 'virtual:qmh/brand';
import { marks as allMarks } from '~/frameworks/registry';
import type { Mark } from '~/frameworks/schema';

/** The hub's brand and choice of marks, from brands/<name>/brand.json, checked once when the build starts (src/integrations/brand.ts). */
export const site = brand;

/** The marks this copy publishes, in the config's order (default: all). */
export const marks: readonly Mark[] = site.marks ? site.marks.map((id) => allMarks.find((m) => m.id === id)!) : allMarks;

/** Any mark in the repository by id, published or not (a guidance page names its mark). */
export { getMark } from '~/frameworks/registry';
