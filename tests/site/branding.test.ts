import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { projectCopy } from '../fixtures/projectCopy.mjs';
import { builtCopy } from '../fixtures/siteBuild.mjs';
import { builtPages } from './builtSite';

/** A brand file that fails the build: built in a throwaway copy, every run. */
function build(config: unknown): { ok: boolean; output: string } {
  const copy = projectCopy('brand');
  onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
  writeFileSync(join(copy, 'brands/default/brand.json'), JSON.stringify(config));
  try {
    const output = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: copy,
      env: { ...process.env, BRAND: '' },
      stdio: 'pipe',
    }).toString();
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout: Buffer; stderr: Buffer };
    return { ok: false, output: `${e.stdout.toString()}${e.stderr.toString()}` };
  }
}

describe('a hub’s branded copy, from its brand file alone', () => {
  it('publishes only the chosen marks under the hub’s name, logo and colours, with every link intact', () => {
    // Built once for the same sources (tests/fixtures/siteBuild.mjs); a failed build throws with Astro's output.
    const copy = builtCopy({
      name: 'brand-file',
      // This file holds the brand file written below.
      files: [fileURLToPath(import.meta.url)],
      prepare: (dir) => {
        // The logo lives in the brand's folder beside its file.
        writeFileSync(
          join(dir, 'brands/default/hub.svg'),
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4"/></svg>',
        );
        const config = {
          name: 'Severn Hub Handbook',
          tagline: 'Quality marks for the schools of the Severn hub.',
          logo: { src: 'hub.svg', alt: 'Severn Hub' },
          colours: { accent: '#5a1e6e', onAccent: '#ffffff', link: '#5a1e6e' },
          marks: ['english-maths-qm'],
          contact: 'the Severn Hub office',
        };
        writeFileSync(join(dir, 'brands/default/brand.json'), JSON.stringify(config));
      },
    });
    const pages = builtPages({ root: join(copy, 'dist/'), base: '/' });
    const home = pages.find((p) => p.path === '/')!;
    expect(home.root.querySelector('h1')?.text).toBe('Severn Hub Handbook');
    expect(home.root.querySelector('.site-header__logo')?.getAttribute('alt')).toBe('Severn Hub');
    expect(home.root.querySelectorAll('#marks + .card-list h3 a').map((a) => a.text.trim())).toEqual(['Quality Mark for English and mathematics']);
    const markHome = pages.find((p) => p.path === '/marks/english-maths-qm/')!;
    expect(markHome.root.querySelectorAll('.site-header__nav a').map((a) => a.text.trim())).toEqual(['All marks', 'English and maths QM']);
    expect(pages.some((p) => p.path.startsWith('/marks/wiltshire-lsqm/'))).toBe(false);
    expect(pages.some((p) => p.path === '/marks/english-maths-qm/levels/quality-mark/')).toBe(true);
    const css = home.root.querySelectorAll('link[rel="stylesheet"]').map((l) => readFileSync(join(copy, 'dist', l.getAttribute('href')!), 'utf8'));
    expect(css.join('')).toContain('--qm-color-accent:#5a1e6e');
    // The browser's tab shows the hub's colours too.
    expect(home.root.querySelector('link[rel="icon"]')?.getAttribute('href')).toContain("fill='%235a1e6e'");
    // Printed sheets are headed with the hub's name, and the print stylesheet names only the chosen marks.
    expect(css.join('')).toContain('--qm-print-head: "Severn Hub Handbook · English and maths QM · Quality Mark"');
    expect(css.join('')).not.toContain('Wiltshire');
    expect(pages.find((p) => p.path === '/accessibility/')!.root.text).toContain('tell the Severn Hub office');
  }, 120_000);

  it('fails the build naming the file, the field and the fix', () => {
    const result = build({ name: 'Hub', tagline: 'Quality marks for the schools of the hub.', marks: ['english-maths'] });
    expect(result.ok).toBe(false);
    // The problem, naming the file and the field, is the first line printed (the build prints no wrapper).
    expect(result.output.trim().split('\n')[0]).toMatch(/^brands\/default\/brand\.json: marks\[0\]: /);
    expect(result.output).toContain('marks[0]: "english-maths" is not a mark; the marks are');
  }, 120_000);
});
