import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMark } from '~/frameworks/parseMark';
import newMark from '../fixtures/newMark/definition.json';
import { currentMarkTerms, findTerms, GENERIC, termsOf } from '../fixtures/markWording';

const root = new URL('../../', import.meta.url).pathname;
const terms = currentMarkTerms();

/**
 * Files whose mark wording waits on work elsewhere: expected to fail, so an entry flips to a failure
 * once its file is clean and is removed then. MARK_WORDING_STRICT=1 runs them as ordinary tests, listing every line.
 */
const PENDING = new Map(
  process.env.MARK_WORDING_STRICT === '1'
    ? []
    : [
        // src/widgets/** is being rewritten; the rewrite reads these words from the definition (see the fields in src/frameworks/schema/).
        ['src/widgets/Priorities.tsx', 'ratings.itemNoun, item.name'],
        ['src/widgets/RatingAudit.tsx', 'ratings.itemNoun'],
        ['src/widgets/RatingFieldset.tsx', 'item.name'],
        ['src/widgets/SurveySummary.tsx', 'readinessTitle(mark), mark.levelNoun'],
        // The four --qm-level-* custom properties go with the stylesheet's split into layered files.
        ['src/styles/global.css', 'the --qm-level-* custom properties'],
      ],
);

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
    const pending = PENDING.get(file);
    (pending ? it.fails : it)(`${file}${pending ? ` (pending: ${pending})` : ''}`, () => {
      const found = markWordsIn(file);
      expect(found, `Mark wording in shared code; move it into the definitions:\n${found.join('\n')}`).toEqual([]);
    });
  }

  it('has a new-mark fixture (tests/fixtures/newMark/) that is valid and shares no word with the current marks', () => {
    expect(parseMark(newMark, 'tests/fixtures/newMark/definition.json').levelNounPlural).toBe('tiers');
    expect(termsOf(newMark).filter((t) => terms.includes(t))).toEqual([]);
  });

  it('keeps no pending entry for a file that is gone', () => {
    const files = sharedFiles();
    expect([...PENDING.keys()].filter((f) => !files.includes(f))).toEqual([]);
  });
});
