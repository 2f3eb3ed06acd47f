import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentMarkTerms, findTerms, GENERIC } from '../fixtures/markWording';

const root = new URL('../../', import.meta.url).pathname;
const terms = currentMarkTerms();

/** Every file under src/ that is shared by all marks: all but the marks' own definitions and guidance. */
function sharedFiles(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const rel = relative(root, path);
    if (rel === join('src', 'frameworks', 'marks') || rel === join('src', 'content')) return [];
    return entry.isDirectory() ? sharedFiles(path) : [rel];
  });
}

/** "file:line: term (the line)" for each mark word in a file; a line may allow a term for itself and the next with "markWording: allow <term>". */
function markWordsIn(file: string): string[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    const allowed = [line, lines[i - 1] ?? ''].flatMap((l) =>
      [...l.matchAll(/markWording: allow ([^.]+)\./g)].map((m) => m[1]!.trim().toLowerCase()),
    );
    return findTerms(line, terms)
      .filter((term) => !allowed.includes(term))
      .map((term) => `${file}:${i + 1}: "${term}" in ${line.trim()}`);
  });
}

describe('shared code names no mark', () => {
  it('looks for every current mark’s ids, names and own words, and no everyday ones', () => {
    expect(terms).toEqual(expect.arrayContaining(['wiltshire-lsqm', 'english-maths-qm', 'whmat-wellbeing', 'wellbeing-qm', 'bronze', 'champion']));
    expect(terms).toEqual(expect.arrayContaining(['approach', 'approaches', 'priorities for the aip and sef', 'not meant to be restrictive']));
    expect(terms.filter((t) => GENERIC.has(t))).toEqual([]);
  });

  it('finds a mark’s words whatever their case, apostrophes or plural, and only as whole words', () => {
    expect(findTerms('Check level readiness', terms)).toEqual([]);
    expect(findTerms('<h1>Priorities for the AIP and SEF</h1>', terms)).toEqual(
      expect.arrayContaining(['aip', 'sef', 'priorities for the aip and sef']),
    );
    expect(findTerms('8 of 8 Approaches rated.', terms)).toEqual(expect.arrayContaining(['approaches']));
    expect(findTerms('.level-badge--bronze {', terms)).toEqual(['bronze']);
    expect(findTerms('a golden rule', terms)).toEqual([]);
  });

  for (const file of sharedFiles()) {
    it(file, () => {
      const found = markWordsIn(file);
      expect(found, `Mark wording in shared code; move it into the definitions:\n${found.join('\n')}`).toEqual([]);
    });
  }
});
