import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// README's "How the project is laid out" names every folder and build step there is, and only those: a folder
// added, moved or removed fails this test until the README says so.

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## How the project is laid out'));
const block = /```\n([\s\S]*?)```/.exec(section)![1]!;

/** Each entry: the paths it names (left column) and its whole text, continuation lines included. */
const entries = block
  .split(/\n(?=\S)/)
  .filter((e) => e.trim())
  .map((entry) => {
    const [head = ''] = entry.split(/ {2,}/);
    return { paths: head.split(/,\s*/).map((p) => p.trim()), text: entry.replace(/\s+/g, ' ') };
  });
const named = entries.flatMap((e) => e.paths);
/** A named path without its placeholder part: "src/frameworks/marks/<id>/" → "src/frameworks/marks/". */
const folderOf = (path: string) => path.replace(/<[^>]+>.*$/, '').replace(/\/?$/, '/');
const folders = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => statSync(join(root, dir, name)).isDirectory())
    .map((name) => `${dir}/${name}/`);
const entryFor = (path: string) => entries.find((e) => e.paths.includes(path))!;

describe('README’s layout of the project', () => {
  it('names only what exists', () => {
    expect(named.length).toBeGreaterThan(10);
    for (const path of named) expect(existsSync(join(root, folderOf(path))), path).toBe(true);
  });

  it('names every folder of src/, src/frameworks/ and tests/', () => {
    const described = new Set(named.map(folderOf));
    for (const folder of [...folders('src'), ...folders('src/frameworks'), ...folders('tests')]) expect(described, folder).toContain(folder);
  });

  it('names every folder of src/widgets/ and every build step in src/integrations/', () => {
    const widgets = entryFor('src/widgets/').text;
    for (const folder of readdirSync(join(root, 'src/widgets')).filter((f) => statSync(join(root, 'src/widgets', f)).isDirectory())) {
      expect(widgets, folder).toContain(`${folder}/`);
    }
    const integrations = entryFor('src/integrations/').text;
    for (const file of readdirSync(join(root, 'src/integrations')))
      expect(integrations, file).toMatch(new RegExp(`\\b${file.replace(/\.ts$/, '')}\\b`));
  });
});
