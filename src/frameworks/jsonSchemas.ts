import { z } from 'zod';
import { BrandConfig } from './brandSchema';
import { Mark } from './schema';

/** Where the JSON Schemas are committed, from the project's root; each brand.json and definition.json names its own by "$schema". */
export const SCHEMA_FILES = {
  brand: 'schemas/brand.schema.json',
  definition: 'schemas/definition.schema.json',
} as const;

/**
 * The JSON Schemas of a brand file and a mark definition, generated from the zod schemas the build
 * checks with (never written by hand): what a file may hold as written, before defaults, with each
 * field's description for an editor's hover. Checks across fields (contrast, unique ids, mark ids that
 * exist) are the build's alone; a JSON Schema cannot express them. The text keys of the interface are
 * listed (`textKeys`, the keys of src/text/en.ts, given by the caller: this layer imports nothing outside
 * src/frameworks), so that an editor completes "text" and flags a key that does not exist.
 */
export function jsonSchemas(textKeys: readonly string[]): Record<keyof typeof SCHEMA_FILES, Record<string, unknown>> {
  const generate = (schema: z.ZodType, id: string, title: string) => ({
    $id: id,
    title,
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  });
  const brand = generate(BrandConfig, 'brand.schema.json', 'A hub’s copy of the Quality Mark Handbook: brands/<name>/brand.json');
  const text = (brand.properties as Record<string, Record<string, unknown>>).text!;
  text.propertyNames = { enum: [...textKeys] };
  return {
    brand,
    definition: generate(
      Mark,
      'definition.schema.json',
      'A quality mark: src/frameworks/marks/<id>/definition.json or brands/<name>/marks/<id>/definition.json',
    ),
  };
}

/** A schema as committed: two-space JSON with a final newline. */
export const schemaText = (schema: unknown): string => `${JSON.stringify(schema, null, 2)}\n`;
