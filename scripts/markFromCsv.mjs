// A mark from a spreadsheet: turns a CSV of criteria, one row per criterion (README, "A mark from a
// spreadsheet"; the template is mark-template.csv), into a mark's definition.json and, when it has none, its
// index.mdx. `npm run mark:from-csv -- criteria.csv --id <mark-id> [--brand <name>]`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseCsv } from '../src/frameworks/csv.ts';

/** The template's columns, in order; `kind` may be left out. */
export const COLUMNS = ['level', 'area', 'role', 'statement', 'reference', 'kind'];
const REQUIRED = ['level', 'statement', 'reference'];

/** A refused CSV: the message names the file, the line and the column of each bad row. */
export class CsvProblems extends Error {
  name = 'CsvProblems';
}

const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const letter = (index) => String.fromCharCode(65 + index);

/** What a new level starts with; a hub rewrites the words in definition.json, and later runs keep them. */
function newLevel(id, name) {
  return {
    id,
    name,
    scope: 'Whole school',
    basis: `The criteria of ${name}.`,
    gridTitle: `${name}: the criteria`,
    rule: { kind: 'bestFit' },
    responses: {
      mode: 'one',
      options: [
        { id: 'in-place', label: 'In place', meets: true },
        { id: 'planned', label: 'Planned', plans: true },
        { id: 'not-yet', label: 'Not yet' },
      ],
    },
  };
}

/**
 * The definition a CSV describes. `existing` is the mark's definition.json as it stands, if any: its fields and
 * its levels' fields are kept, and only the levels' criteria (and their order) come from the CSV.
 * @param {string} text
 * @param {{ file: string; id: string; existing?: any }} options
 */
export function markFromCsv(text, { file, id, existing }) {
  const rows = parseCsv(text);
  const problems = [];
  const refuse = (line, column, message) =>
    problems.push(`${file} line ${line}${column === undefined ? '' : `, column ${letter(column)} (${COLUMNS[column] ?? 'extra'})`}: ${message}`);
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  header.forEach((name, i) => {
    if (COLUMNS[i] !== name && !(i === COLUMNS.length - 1 && name === ''))
      refuse(1, i, `is "${name}" where the template has "${COLUMNS[i] ?? 'nothing'}"; keep the template's header row: ${COLUMNS.join(',')}`);
  });
  if (header.length < COLUMNS.length - 1) refuse(1, undefined, `has ${header.length} columns; keep the template's header row: ${COLUMNS.join(',')}`);
  const levels = new Map();
  const references = new Map();
  rows.slice(1).forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const cell = Object.fromEntries(COLUMNS.map((name, i) => [name, (cells[i] ?? '').trim()]));
    if (cells.length > COLUMNS.length && cells.slice(COLUMNS.length).some((c) => c.trim() !== ''))
      refuse(line, COLUMNS.length, 'has text beyond the last column; a cell with a comma must be in quotes');
    let bad = false;
    for (const name of REQUIRED) {
      if (cell[name] === '') {
        refuse(line, COLUMNS.indexOf(name), `is empty; every criterion needs its ${name}`);
        bad = true;
      }
    }
    if (cell.kind !== '' && cell.kind !== 'elements') {
      refuse(line, 5, `is "${cell.kind}"; leave it empty, or write "elements" for a numbered list of elements that must all be met`);
      bad = true;
    }
    const ref = slug(cell.reference);
    if (cell.reference !== '' && ref === '') {
      refuse(line, 4, `"${cell.reference}" has no letter or digit; give a reference such as "B3.2"`);
      bad = true;
    } else if (references.has(ref)) {
      refuse(line, 4, `"${cell.reference}" is also the reference on line ${references.get(ref)}; each criterion needs its own`);
      bad = true;
    } else references.set(ref, line);
    if (bad) return;
    const levelId = slug(cell.level);
    if (!levels.has(levelId)) levels.set(levelId, { name: cell.level, rows: [] });
    levels.get(levelId).rows.push({ ...cell, id: ref, line });
  });
  const built = [...levels].map(([levelId, { name, rows: levelRows }]) => {
    const shape = (row) =>
      row.kind === 'elements' ? 'elements' : row.area && row.role ? 'roleGrid' : row.role ? 'roleActivities' : row.area ? 'area' : 'statements';
    const kind = shape(levelRows[0]);
    for (const row of levelRows) {
      const other = shape(row);
      if (other === 'area') refuse(row.line, 2, 'is empty where the area is given; a grid needs the role of each statement');
      else if (other !== kind)
        refuse(
          row.line,
          other === 'elements' || kind === 'elements' ? 5 : row.role ? 1 : 2,
          `makes this row a different kind of criterion from line ${levelRows[0].line}, the level's first; every row of a level has the same columns filled`,
        );
    }
    const statement = (row) => ({ id: row.id, text: row.statement });
    let criteria;
    if (kind === 'statements' || kind === 'area') criteria = { kind: 'statements', statements: levelRows.map(statement) };
    else if (kind === 'elements') criteria = { kind: 'elements', elements: levelRows.map(statement) };
    else if (kind === 'roleActivities') {
      const roles = new Map();
      for (const row of levelRows) {
        if (!roles.has(row.role)) roles.set(row.role, { id: slug(row.role), label: row.role, activities: [] });
        roles.get(row.role).activities.push(statement(row));
      }
      criteria = { kind: 'roleActivities', roles: [...roles.values()] };
    } else {
      // A grid: its roles in order of first use; each area's rows fill one statement per role, in order.
      const roles = [...new Set(levelRows.map((row) => row.role))];
      const areas = new Map();
      for (const row of levelRows) {
        if (!areas.has(row.area)) areas.set(row.area, { label: row.area, rows: [] });
        const area = areas.get(row.area);
        let gridRow = area.rows.find((r) => !(slug(row.role) in r));
        if (!gridRow) area.rows.push((gridRow = {}));
        gridRow[slug(row.role)] = statement(row);
      }
      for (const area of areas.values()) {
        area.rows.forEach((gridRow, i) => {
          const missing = roles.filter((role) => !(slug(role) in gridRow));
          if (missing.length > 0) {
            const last = levelRows.filter((row) => row.area === area.label).at(-1);
            refuse(
              last.line,
              2,
              `leaves row ${i + 1} of area "${area.label}" without a statement for ${missing.map((r) => `"${r}"`).join(', ')}; every row of a grid has one statement per role`,
            );
          }
        });
      }
      criteria = { kind: 'roleGrid', roles: roles.map((role) => ({ id: slug(role), label: role })), areas: [...areas.values()] };
    }
    const kept = existing?.levels?.find((level) => level.id === levelId);
    return { ...(kept ?? newLevel(levelId, name)), criteria };
  });
  if (levels.size === 0 && problems.length === 0) refuse(2, undefined, 'no criteria: add one row per criterion under the header');
  if (problems.length > 0) throw new CsvProblems(problems.join('\n'));
  const name = existing?.name ?? basename(file).replace(/\.csv$/i, '');
  return {
    $schema: '../../../../schemas/definition.schema.json',
    ...(existing ?? {
      id,
      name,
      shortName: name,
      owner: 'Our hub',
      summary: `${name}: its criteria and a self-assessment.`,
      version: new Date().getFullYear().toString(),
      source: { file: basename(file), title: name, date: new Date().getFullYear().toString() },
      decidedBy: 'The award panel decides; this self-assessment is only indicative.',
      sequential: true,
    }),
    levels: built,
  };
}

/** The mark's overview page, for a mark that has none. */
export const indexMdx = (mark) => `---
title: ${mark.name}
description: ${mark.summary}
nav: About the mark
order: 1
---
import LevelCards from '~/components/LevelCards.astro';

<p class="lede">${mark.summary}</p>

<LevelCards markId="${mark.id}" />
`;

/** Writes brands/<brand>/marks/<id>/definition.json (keeping what it already says beyond the criteria) and, if missing, the mark's index.mdx. */
export function writeMark(root, csvFile, { id, brand }) {
  const dir = join(root, 'brands', brand, 'marks', id);
  const definition = join(dir, 'definition.json');
  const existing = existsSync(definition) ? JSON.parse(readFileSync(definition, 'utf8')) : undefined;
  const mark = markFromCsv(readFileSync(csvFile, 'utf8'), { file: csvFile, id, existing });
  mkdirSync(dir, { recursive: true });
  writeFileSync(definition, `${JSON.stringify(mark, null, 2)}\n`);
  const page = join(root, 'brands', brand, 'content', id, 'index.mdx');
  const written = [definition];
  if (!existsSync(page)) {
    mkdirSync(join(page, '..'), { recursive: true });
    writeFileSync(page, indexMdx(mark));
    written.push(page);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(`--${name}`);
    return i === -1 ? undefined : args.splice(i, 2)[1];
  };
  const brand = option('brand') ?? (process.env.BRAND?.trim() || 'default');
  const idOption = option('id');
  const [csvFile] = args;
  if (!csvFile) {
    console.error('Give the CSV file: npm run mark:from-csv -- criteria.csv --id my-mark [--brand my-hub]');
    process.exit(1);
  }
  const id = idOption ?? slug(basename(csvFile).replace(/\.csv$/i, ''));
  try {
    for (const file of writeMark(process.cwd(), csvFile, { id, brand })) console.log(`Wrote ${file}`);
  } catch (error) {
    if (!(error instanceof CsvProblems)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
