import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '~/text/en';
import { jsonSchemas } from '~/frameworks/jsonSchemas';

interface Schema {
  properties?: Record<string, Schema>;
  required?: string[];
}

/** The fields a file must have: the required ones, and those required inside an optional object once it is given ("logo.src"). */
function requiredFields(schema: Schema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, sub]) => [
    ...(schema.required?.includes(name) ? [`${prefix}${name}`] : []),
    ...requiredFields(sub, `${prefix}${name}.`),
  ]);
}

describe('README, "Brands: a hub’s own copy"', () => {
  it('names as required exactly the fields the build requires of brand.json', () => {
    const readme = readFileSync('README.md', 'utf8');
    const sentence = /^Required: (.*?)\. /m.exec(readme)?.[1];
    expect(sentence, 'README has a sentence starting "Required: "').toBeDefined();
    const named = [...sentence!.matchAll(/`([^`]+)`/g)].map(([, field]) => field).sort();
    expect(named).toEqual(requiredFields(jsonSchemas(Object.keys(en)).brand as Schema).sort());
  });
});
