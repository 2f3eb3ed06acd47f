// Makes a copy of the project whose marks are synthetic, so build time can be measured at about 100,
// 1,000 and 10,000 pages. Each synthetic mark has one guidance page, a readiness page and four levels
// (a grid page, a self-assessment page and a printable pack each).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectCopy } from '../fixtures/projectCopy.mjs';
// A mark: its guidance, grids, packs and tools, and its files, shared-answers, team, plan and report pages; the site: home,
// search, 404, privacy, accessibility and the device page.
export const PAGES_PER_MARK = 19;
export const SITE_PAGES = 6;

function definition(n) {
  const id = `synthetic-${n}`;
  return {
    id,
    name: `Synthetic mark ${n}`,
    shortName: `Mark ${n}`,
    owner: 'Benchmark',
    summary: `A generated mark for measuring how the build grows with the number of pages (${n}).`,
    version: '1',
    source: { file: 'generated', title: 'Generated for the benchmark', date: '2026' },
    decidedBy: 'Nobody: this mark is generated.',
    sequential: true,
    levels: ['one', 'two', 'three', 'four'].map((level) => ({
      id: level,
      // Names with initials of their own: criteria references are made from them (A1.1, B1.1…), and the build refuses two
      // levels whose references would be the same.
      name: { one: 'Amber', two: 'Blue', three: 'Cedar', four: 'Dune' }[level],
      scope: 'School',
      basis: 'Generated criteria',
      gridTitle: `Level ${level} statements`,
      requirements: [{ id: 'answered', text: 'Every statement answered.', checks: [{ kind: 'allAnswered' }] }],
      rule: { kind: 'bestFit' },
      responses: {
        mode: 'one',
        options: [
          { id: 'yes', label: 'Agree', meets: true },
          { id: 'no', label: 'Disagree' },
        ],
      },
      criteria: {
        kind: 'statements',
        statements: Array.from({ length: 20 }, (_, i) => ({
          id: `${level}-${i + 1}`,
          text: `Statement ${i + 1} of level ${level} in mark ${n}: leaders and staff share a clear, written account of how this is done and reviewed.`,
        })),
      },
    })),
  };
}

/** A project folder with `marks` synthetic marks and no real ones; returns its path. */
export function syntheticSite(marks) {
  const dir = projectCopy(`synthetic-${marks}`);
  rmSync(join(dir, 'src/frameworks/marks'), { recursive: true });
  rmSync(join(dir, 'src/content'), { recursive: true });
  for (let n = 1; n <= marks; n++) {
    const def = definition(n);
    mkdirSync(join(dir, 'src/frameworks/marks', def.id), { recursive: true });
    writeFileSync(join(dir, 'src/frameworks/marks', def.id, 'definition.json'), JSON.stringify(def));
    mkdirSync(join(dir, 'src/content', def.id), { recursive: true });
    writeFileSync(
      join(dir, 'src/content', def.id, 'index.mdx'),
      `---\ntitle: ${def.name}\ndescription: ${def.summary}\nnav: About\norder: 1\n---\n\n${'A paragraph of guidance about this generated mark. '.repeat(20)}\n`,
    );
  }
  return dir;
}
