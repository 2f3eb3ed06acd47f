/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- these tests break JSON definitions in place, where `any` is the honest type. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { markRules } from '~/frameworks/schema/mark';
import { MarkFields, type MarkRule } from '~/frameworks/schema/markFields';
import { checkedOptionsExist } from '~/frameworks/schema/rules/checkedOptionsExist';
import { evidenceCheckHasField } from '~/frameworks/schema/rules/evidenceCheckHasField';
import { hasSomethingToAssess } from '~/frameworks/schema/rules/hasSomethingToAssess';
import { rowsHaveEveryRole } from '~/frameworks/schema/rules/rowsHaveEveryRole';
import { someOptionMeets } from '~/frameworks/schema/rules/someOptionMeets';
import { uniqueCriterionIds } from '~/frameworks/schema/rules/uniqueCriterionIds';
import { uniqueItemIds } from '~/frameworks/schema/rules/uniqueItemIds';
import { uniqueLevelIds } from '~/frameworks/schema/rules/uniqueLevelIds';
import whmat from '~/frameworks/marks/whmat-wellbeing/definition.json';
import { tinyInput, wiltshireInput } from '../fixtures/marks';

/** Runs one rule on a definition (its fields parsed, no other rule applied) and returns what it reports, as "path: message". */
function report(rule: MarkRule, input: unknown): string[] {
  const mark = MarkFields.parse(input);
  const issues: z.core.$ZodRawIssue[] = [];
  rule(mark, { value: mark, issues, addIssue: (issue) => issues.push(issue as z.core.$ZodRawIssue) });
  return issues.map((i) => `${(i.path ?? []).join('.')}: ${i.message}`);
}

/** A copy of the tiny two-level mark to break. */
const tiny = (): any => tinyInput();

describe('each check across a mark’s fields, on its own', () => {
  it('passes the real definitions', () => {
    for (const rule of markRules) {
      expect(report(rule, wiltshireInput())).toEqual([]);
      expect(report(rule, whmat)).toEqual([]);
    }
  });

  it('hasSomethingToAssess: a mark with no levels and no tool has nothing to assess', () => {
    expect(report(hasSomethingToAssess, { ...tiny(), levels: [] })).toEqual([
      'levels: is empty and the mark has no "ratings" or "surveys", so the site would have nothing to assess; add levels or a tool',
    ]);
  });

  it('uniqueItemIds: a repeated rated item id is named where it repeats', () => {
    const input = structuredClone(whmat) as any;
    input.ratings.items[3].id = input.ratings.items[1].id;
    expect(report(uniqueItemIds, input)).toEqual(['ratings.items.3.id: repeats item id "whole-school-thinking"; give each item its own']);
  });

  it('uniqueLevelIds: a repeated level id is named where it repeats', () => {
    const input = tiny();
    input.levels[1].id = 'one';
    expect(report(uniqueLevelIds, input)).toEqual(['levels.1.id: repeats level id "one"; give each level its own id']);
  });

  it('uniqueCriterionIds: a criterion id used in two levels names the first level', () => {
    const input = tiny();
    input.levels[1].criteria.statements[2].id = 'one-4';
    expect(report(uniqueCriterionIds, input)).toEqual([
      'levels.1.criteria.statements.2.id: repeats criterion id "one-4" (already used in level "one"); saved answers are keyed by id, so give each criterion its own',
    ]);
  });

  it('rowsHaveEveryRole: a grid row missing a role lists what it has and what the roles are', () => {
    const input = wiltshireInput() as any;
    delete input.levels[0].criteria.areas[1].rows[0].senior;
    expect(report(rowsHaveEveryRole, input)).toEqual([
      'levels.0.criteria.areas.1.rows.0: has statements for "middle" but the roles are "middle", "senior"; give each row one statement per role',
    ]);
  });

  it('someOptionMeets: a level with no option that means met is reported', () => {
    const input = tiny();
    input.levels[0].responses.options[0].meets = false;
    expect(report(someOptionMeets, input)).toEqual([
      'levels.0.responses.options: has no option with "meets": true, so no criterion could ever be met; mark the option that means met',
    ]);
  });

  it('evidenceCheckHasField: an evidence check on a level without an evidence field is reported', () => {
    const input = tiny();
    input.levels[0].requirements = [{ id: 'seen', text: 'Evidence seen.', checks: [{ kind: 'evidenceForMet' }] }];
    expect(report(evidenceCheckHasField, input)).toEqual([]);
    input.levels[0].fields = [{ id: 'notes', label: 'Notes' }];
    expect(report(evidenceCheckHasField, input)).toEqual([
      'levels.0.requirements.0.checks.0: asks for evidence but the level has no field with "purpose": "evidence"; add one to "fields"',
    ]);
  });

  it('checkedOptionsExist: a check naming an option the level lacks lists the options there are', () => {
    const input = tiny();
    input.levels[1].requirements = [{ id: 'plans', text: 'Plans made.', checks: [{ kind: 'optionChosen', option: 'later' }] }];
    expect(report(checkedOptionsExist, input)).toEqual([
      'levels.1.requirements.0.checks.0.option: names option "later", which this level does not have; use one of "done", "planned", "no"',
    ]);
  });
});

describe('the schema’s modules', () => {
  const src = resolve(import.meta.dirname, '../../src');
  const frameworks = join(src, 'frameworks');

  /** Relative and "~/" imports of a module under src/frameworks, as files. */
  function importsOf(file: string): string[] {
    const code = readFileSync(file, 'utf8');
    return [...code.matchAll(/^(?:import|export)\s[^;]*?from\s*'([^']+)'/gm)]
      .map((m) => m[1]!)
      .filter((spec) => spec.startsWith('.') || spec.startsWith('~/'))
      .map((spec) => (spec.startsWith('~/') ? join(src, spec.slice(2)) : resolve(dirname(file), spec)))
      .flatMap((path) => [`${path}.ts`, join(path, 'index.ts')].filter((f) => existsSync(f)).slice(0, 1));
  }

  it('import one another without a cycle (type-only imports included)', () => {
    const cycles: string[] = [];
    const walk = (file: string, trail: string[]) => {
      if (trail.includes(file)) {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => relative(src, f)).join(' → '));
        return;
      }
      for (const next of importsOf(file)) walk(next, [...trail, file]);
    };
    walk(join(frameworks, 'schema/index.ts'), []);
    walk(join(frameworks, 'criteria.ts'), []);
    expect(cycles).toEqual([]);
  });
});
