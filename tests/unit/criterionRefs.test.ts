import { describe, expect, it } from 'vitest';
import { levelCriteria } from '~/frameworks/criteria';
import { parseMark } from '~/frameworks/parseMark';
import { marks } from '~/frameworks/registry';
import newMark from '../fixtures/newMark/definition.json';
import { tinyInput, wiltshireMark } from '../fixtures/marks';

describe('criterion references', () => {
  it('gives Bronze its area and place: B3.2 is the senior leaders’ first statement in the third area', () => {
    const bronze = wiltshireMark().levels[0]!;
    const b32 = levelCriteria(bronze).find((c) => c.ref === 'B3.2')!;
    expect(b32.group).toBe('Provide a clear vision and high expectations');
    expect(b32.statement.id).toBe('pcv-1-senior');
    expect(levelCriteria(bronze).at(-1)!.ref).toBe('B8.6');
  });

  it('numbers a flat list and activities by role: S28, G4.7, P4.15', () => {
    const refs = wiltshireMark().levels.flatMap((l) => levelCriteria(l).map((c) => c.ref));
    expect(refs).toContain('S28');
    expect(refs).toContain('G4.7');
    expect(refs).toContain('P4.15');
  });

  it('never gives two criteria of a published mark, or of the new-mark fixture, the same reference', () => {
    for (const mark of [...marks, parseMark(newMark, 'tests/fixtures/newMark/definition.json')]) {
      const refs = mark.levels.flatMap((l) => levelCriteria(l).map((c) => c.ref));
      const repeated = refs.filter((r, i) => refs.indexOf(r) !== i);
      expect(repeated, mark.id).toEqual([]);
    }
  });

  it('refuses a definition whose two levels would share references', () => {
    const input = tinyInput();
    input.levels![1]!.name = 'Other';
    input.levels![0]!.name = 'One';
    expect(() => parseMark(input, 'definition.json')).toThrow(/same letters as level "one", so their criteria would share references such as "O1"/);
    expect(() => parseMark(tinyInput(), 'definition.json')).not.toThrow();
  });
});
