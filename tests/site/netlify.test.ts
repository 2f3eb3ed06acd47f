// netlify.toml builds what `npm run build` builds: its command, run as Netlify runs it (a shell, in a clean
// checkout, with the file's [build.environment]), writes to its publish folder the very files of dist/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../fixtures/projectCopy.mjs';
import { dist } from './builtSite';

/** Each file under `dir` with a hash of its bytes. */
function files(dir: string, under = dir): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return Object.entries(files(path, under));
      return [[relative(under, path), createHash('sha256').update(readFileSync(path)).digest('hex')]];
    }),
  );
}

const copy = projectCopy('netlify');
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('netlify.toml', () => {
  it('builds the same files as npm run build', () => {
    const toml = readFileSync('netlify.toml', 'utf8');
    const command = /^\s*command\s*=\s*"([^"]+)"/m.exec(toml)![1]!;
    const publish = /^\s*publish\s*=\s*"([^"]+)"/m.exec(toml)![1]!;
    const environment = Object.fromEntries([...toml.matchAll(/^\s*([A-Z_]+)\s*=\s*"([^"]*)"/gm)].map(([, key, value]) => [key!, value!]));
    // Netlify's environment is the machine's with the file's; the test runner's own (NODE_ENV=test, VITEST) is not in it.
    const env = Object.fromEntries(
      Object.entries({ ...process.env, ...environment }).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
    );
    execFileSync('/bin/sh', ['-c', command], { cwd: copy, env, stdio: ['ignore', 'ignore', 'inherit'] });
    const built = files(join(copy, publish));
    const expected = files(dist.root);
    expect(Object.keys(built).sort()).toEqual(Object.keys(expected).sort());
    expect(built).toEqual(expected);
  }, 600_000);
});
