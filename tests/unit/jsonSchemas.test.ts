import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseBrandConfig } from '~/frameworks/brandSchema';
import { parseMark } from '~/frameworks/parseMark';
import { jsonSchemas, SCHEMA_FILES, schemaText } from '~/frameworks/jsonSchemas';
import { en } from '~/text/en';
import { wiltshireInput } from '../fixtures/marks';

/** Every property of a JSON Schema, by path, with its schema. */
function properties(schema: unknown, path = ''): [string, Record<string, unknown>][] {
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const found: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value as Record<string, unknown>)) {
        found.push([`${path}.${name}`, sub as Record<string, unknown>], ...properties(sub, `${path}.${name}`));
      }
    } else if (key === 'items' || key === 'additionalProperties') {
      found.push(...properties(value, `${path}[]`));
    } else if (key === 'anyOf' || key === 'oneOf') {
      (value as unknown[]).forEach((sub) => found.push(...properties(sub, path)));
    }
  }
  return found;
}

describe('the JSON Schemas', () => {
  const generated = jsonSchemas(Object.keys(en));
  for (const [name, file] of Object.entries(SCHEMA_FILES)) {
    it(`${file} is what the zod schema generates (npm run build writes it)`, () => {
      expect(readFileSync(file, 'utf8'), `${file} differs from the zod schema's; run npm run build and commit it`).toBe(
        schemaText(generated[name as keyof typeof SCHEMA_FILES]),
      );
    });
    it(`${file} describes every field`, () => {
      const undescribed = properties(generated[name as keyof typeof SCHEMA_FILES])
        .filter(([, schema]) => typeof schema.description !== 'string' && !('const' in schema))
        .map(([path]) => path);
      expect(undescribed).toEqual([]);
    });
  }
});

/** The fields a JSON Schema validator flags in `data`, as dotted paths: "colours.accent", "logo.alt". */
function validatorFields(schemaFile: string, data: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  expect(validate(data)).toBe(false);
  const dotted = (pointer: string) =>
    pointer
      .split('/')
      .slice(1)
      .map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))
      .join('')
      .replace(/^\./, '');
  const fields = (validate.errors ?? []).flatMap((error) => {
    const at = dotted(error.instancePath);
    const params = error.params as { additionalProperty?: string; missingProperty?: string };
    if (error.keyword === 'additionalProperties') return [`${at ? `${at}.` : ''}${params.additionalProperty}`];
    if (error.keyword === 'required') return [`${at ? `${at}.` : ''}${params.missingProperty}`];
    // anyOf / oneOf name their branches' errors too; the field is the deepest path flagged.
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') return [];
    return [at];
  });
  return [...new Set(fields)].sort();
}

/** The fields the build's message names, as dotted paths: an unknown field is named under its parent. */
function buildFields(message: string): string[] {
  const fields = message
    .split('\n')
    .filter((line) => line.startsWith('  - '))
    .flatMap((line) => {
      const [, path = '', problem = ''] = /^ {2}- (.*?)(?: \([^)]*\))?: (.*)$/.exec(line) ?? [];
      const at = path === '(the whole file)' ? '' : path;
      const unknown = /^has unknown fields? (.*?); /.exec(problem);
      if (unknown) return [...unknown[1]!.matchAll(/"([^"]+)"/g)].map(([, key]) => `${at ? `${at}.` : ''}${key}`);
      return [at];
    });
  return [...new Set(fields)].sort();
}

describe('an editor flags what the build flags', () => {
  it('a broken brand file: the JSON Schema validator and the build name the same fields', () => {
    const broken = {
      $schema: '../../schemas/brand.schema.json',
      name: 'Severn Hub',
      tagline: 'Quality marks for the schools of the Severn hub.',
      colour: { accent: '#5a1e6e' },
      colours: { accent: 'purple', link: '#6a2383' },
      logo: { src: 'logo.svg' },
      basePath: 'severn',
      text: { 'home.marks': 3 },
    };
    const message = (() => {
      try {
        parseBrandConfig(broken, 'brands/severn/brand.json', [], () => true, Object.keys(en));
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected the brand file to be rejected');
    })();
    const fields = buildFields(message);
    expect(fields).toEqual(['basePath', 'colour', 'colours.accent', 'logo.alt', 'text.home.marks']);
    expect(validatorFields(SCHEMA_FILES.brand, broken)).toEqual(fields);
  });

  it('a broken mark definition: the JSON Schema validator and the build name the same fields', () => {
    const broken = structuredClone(wiltshireInput()) as unknown as Record<string, unknown> & { levels: Record<string, unknown>[] };
    broken.owner = 3;
    broken.colour = 'red';
    delete broken.levels[0]!.rule;
    broken.levels[1]!.rules = { kind: 'allMet' };
    (broken.levels[1]!.responses as { mode: string }).mode = 'several';
    const message = (() => {
      try {
        parseMark(broken, 'src/frameworks/marks/wiltshire-lsqm/definition.json');
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected the definition to be rejected');
    })();
    const fields = buildFields(message);
    expect(fields).toEqual(['colour', 'levels[0].rule', 'levels[1].responses.mode', 'levels[1].rules', 'owner']);
    expect(validatorFields(SCHEMA_FILES.definition, broken)).toEqual(fields);
  });
});
