// The files that publish a hub's copy without a terminal: the GitHub Actions workflow and netlify.toml. Each
// must be valid for its host and run README's commands, so that what a hub does by hand is what the host does.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const WORKFLOW = '.github/workflows/publish.yml';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** The commands in README's "Publish your hub's copy": the lines of its `sh` code blocks. */
function readmeCommands(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf("## Publish your hub's copy");
  expect(start, 'README has a section "Publish your hub\'s copy"').toBeGreaterThan(-1);
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap(([, block]) => block!.trim().split('\n'));
}

/** netlify.toml's [build] settings (a flat table of strings, all this file has). */
function netlifyBuild(): Record<string, string> {
  const toml = readFileSync('netlify.toml', 'utf8');
  const table = /^\[build\]\n([\s\S]*?)(?:^\[|(?![\s\S]))/m.exec(toml)?.[1] ?? '';
  return Object.fromEntries([...table.matchAll(/^\s*(\w+)\s*=\s*"([^"]*)"/gm)].map(([, key, value]) => [key!, value!]));
}

describe('the GitHub Actions workflow', () => {
  it('is a valid workflow (action-validator, GitHub’s workflow schema)', () => {
    const run = spawnSync(process.execPath, ['node_modules/@action-validator/cli/cli.mjs', WORKFLOW], { encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toBe('');
    expect(run.status).toBe(0);
  });

  it('builds on every push to main and deploys to GitHub Pages', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const uses = steps.flatMap((step) => (step.uses ? [step.uses.replace(/@.*/, '')] : []));
    expect(uses).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ]);
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(24);
  });

  it('builds the brand named by the repository variable BRAND (else the default), under the repository’s path', () => {
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({
      BRAND: "${{ vars.BRAND || 'default' }}",
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: "${{ steps.pages.outputs.base_path || '/' }}",
    });
    expect(steps.find((step) => step.uses?.startsWith('actions/configure-pages'))?.id).toBe('pages');
  });

  it('runs README’s commands, in README’s order', () => {
    const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toEqual(readmeCommands());
  });
});

describe('netlify.toml', () => {
  it('runs README’s build command and publishes the folder it writes', () => {
    const build = netlifyBuild();
    expect(build.command).toBe('npm run build');
    expect(readmeCommands()).toContain(build.command);
    expect(build.publish).toBe('dist');
    expect(readFileSync('netlify.toml', 'utf8')).toMatch(/^\s*NODE_VERSION\s*=\s*"24"/m);
  });
});
