// These tests break a definition's JSON on purpose, reaching into it through paths no type describes.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment */
import { describe, expect, it } from 'vitest';
import { MarkDefinitionError, parseMark } from '~/frameworks/parseMark';
import { wiltshireInput } from '../fixtures/marks';

const FILE = 'src/frameworks/marks/wiltshire-lsqm/definition.json';

/** Parses a broken copy of the Wiltshire definition and returns the error message. */
function messageFor(breakIt: (input: any) => void): string {
  const input = wiltshireInput();
  breakIt(input);
  try {
    parseMark(input, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(MarkDefinitionError);
    return (error as Error).message;
  }
  throw new Error('expected the definition to be rejected');
}

describe('a broken mark definition', () => {
  it('is accepted when whole', () => {
    expect(parseMark(wiltshireInput(), FILE).levels.map((l) => l.id)).toEqual(['bronze', 'silver', 'gold', 'platinum']);
  });

  it('names the file, the criterion and the fix when a statement has no text', () => {
    expect(messageFor((m) => (m.levels[0].criteria.areas[0].rows[1].middle.text = '  '))).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/wiltshire-lsqm/definition.json is not valid (1 problem):
        - levels[0].criteria.areas[0].rows[1].middle.text (level "bronze", criterion "flt-2-middle"): is empty; add the text from the source document"
    `);
  });

  it('names a missing field and what to add', () => {
    expect(messageFor((m) => delete m.levels[1].rule)).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/wiltshire-lsqm/definition.json is not valid (1 problem):
        - levels[1].rule (level "silver"): is missing; add "rule" (an object in { })"
    `);
  });

  it('catches a misspelt field', () => {
    expect(messageFor((m) => (m.levels[2].nmae = 'Gold'))).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/wiltshire-lsqm/definition.json is not valid (1 problem):
        - levels[2] (level "gold"): has unknown field "nmae"; remove it or correct its spelling"
    `);
  });

  it('catches a repeated criterion id, since saved answers are keyed by it', () => {
    expect(messageFor((m) => (m.levels[1].criteria.statements[1].id = 'cluster-1'))).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/wiltshire-lsqm/definition.json is not valid (1 problem):
        - levels[1].criteria.statements[1].id (level "silver", criterion "cluster-1"): repeats criterion id "cluster-1" (already used in level "silver"); saved answers are keyed by id, so give each criterion its own"
    `);
  });

  it('catches a Bronze row whose statement is filed under an unknown role', () => {
    expect(
      messageFor((m) => {
        const row = m.levels[0].criteria.areas[2].rows[0];
        row.seniors = row.senior;
        delete row.senior;
      }),
    ).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/wiltshire-lsqm/definition.json is not valid (1 problem):
        - levels[0].criteria.areas[2].rows[0] (level "bronze"): has statements for "middle", "seniors" but the roles are "middle", "senior"; give each row one statement per role"
    `);
  });

  it('catches a threshold for "most" that is not a share', () => {
    expect(messageFor((m) => (m.levels[0].rule.mostMoreThan = 13))).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/wiltshire-lsqm/definition.json is not valid (1 problem):
        - levels[0].rule.mostMoreThan (level "bronze"): must be between 0 and 1, e.g. 0.5 for "more than half""
    `);
  });

  it('catches a requirement that names an option the level does not have', () => {
    expect(messageFor((m) => (m.levels[2].requirements[1].checks[0].option = 'planned'))).toMatchInlineSnapshot(`
      "Mark definition src/frameworks/marks/wiltshire-lsqm/definition.json is not valid (1 problem):
        - levels[2].requirements[1].checks[0].option (level "gold", requirement "planned-activities"): names option "planned", which this level does not have; use one of "last-3-years", "current", "future""
    `);
  });

  it('lists every problem at once rather than one per build', () => {
    const message = messageFor((m) => {
      m.levels[0].name = '';
      m.levels[3].criteria.kind = 'grid';
    });
    expect(message).toContain('(2 problems)');
  });
});
