import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from './builtSite';

// The seed documents kept beside each definition: the site must carry their lists word for word.
const source = (path: string) => readFileSync(new URL(`../../src/frameworks/marks/${path}`, import.meta.url), 'utf8');
const normalise = (text: string) => text.replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();
const pageText = (path: string) => {
  const page = builtPages().find((p) => p.path === path);
  if (!page) throw new Error(`${path} was not built`);
  return normalise(page.root.querySelector('main')!.text);
};

describe('lists published word for word from the sources', () => {
  it('every one of the 10 elements (seed 004) is on the element criteria page', () => {
    const text = source('english-maths-qm/source-004.txt');
    const section = text.slice(text.indexOf('The 10 elements to achieve Quality Mark are:'), text.indexOf('To begin this process'));
    const elements = [...section.matchAll(/^\s*\d+\.\s+(.+)$/gm)].map((m) => normalise(m[1]!));
    expect(elements).toHaveLength(10);
    for (const page of ['/marks/english-maths-qm/levels/quality-mark/', '/marks/english-maths-qm/']) {
      const text = pageText(page);
      for (const element of elements) expect(text, page).toContain(element);
    }
  });

  it('every research finding (seed 001) is on the research page', () => {
    const findings = [...source('whmat-wellbeing/source.txt').matchAll(/^\s*•\s+(.+)$/gm)].map((m) => normalise(m[1]!));
    expect(findings).toHaveLength(10); // seven areas of impact, three things the evidence clearly demonstrates
    const text = pageText('/marks/whmat-wellbeing/research/');
    for (const finding of findings) expect(text).toContain(finding);
  });

  it('spells Katherine Weare’s name correctly wherever it appears', () => {
    for (const page of builtPages()) expect(page.html, page.path).not.toMatch(/Katerine\s+Weare/);
  });
});
