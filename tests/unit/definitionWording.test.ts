/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- these tests break JSON definitions in place, where `any` is the honest type. */
import { describe, expect, it } from 'vitest';
import { MarkDefinitionError, parseMark } from '~/frameworks/parseMark';
import { prioritiesCsv } from '~/frameworks/ratings/prioritiesCsv';
import { getMark } from '~/frameworks/registry';
import { countOf, levelNouns } from '~/frameworks/wording';
import { en } from '~/text/en';
import { readinessTitle as titleOf } from '~/text/readinessTitle';
import { translator } from '~/text/translate';

const readinessTitle = (mark: Parameters<typeof titleOf>[1]) => titleOf(translator(en), mark);
import { levelBadgeClass, levelBadgeCss } from '~/site/levelBadge';
import whmat from '~/frameworks/marks/whmat-wellbeing/definition.json';
import { tinyInput, wiltshireInput } from '../fixtures/marks';

/** The error message for a broken definition. */
function messageFor(input: unknown): string {
  try {
    parseMark(input, 'definition.json');
  } catch (error) {
    expect(error).toBeInstanceOf(MarkDefinitionError);
    return (error as Error).message;
  }
  throw new Error('expected the definition to be rejected');
}

describe('a mark’s own words, from its definition', () => {
  it('calls levels "levels" unless the mark says otherwise, with the plural made from the singular or given', () => {
    const tiny = parseMark(tinyInput(), 'tiny.json');
    expect(levelNouns(tiny)).toEqual({ one: 'level', other: 'levels' });
    expect(levelNouns(getMark('wellbeing-qm'))).toEqual({ one: 'stage', other: 'stages' });
    expect(levelNouns(parseMark({ ...tinyInput(), levelNoun: 'body of work', levelNounPlural: 'bodies of work' }, 'x.json'))).toEqual({
      one: 'body of work',
      other: 'bodies of work',
    });
    expect(countOf(3, levelNouns(getMark('wellbeing-qm')))).toBe('3 stages');
    expect(countOf(1, levelNouns(tiny))).toBe('1 level');
  });

  it('titles the readiness tool with the mark’s noun', () => {
    expect(readinessTitle(getMark('wiltshire-lsqm'))).toBe('Level readiness');
    expect(readinessTitle(getMark('wellbeing-qm'))).toBe('Stage readiness');
    expect(readinessTitle(getMark('english-maths-qm'))).toBe('Readiness');
  });

  it('asks for a lower-case noun for the levels', () => {
    expect(messageFor({ ...tinyInput(), levelNoun: 'Tier' })).toMatchInlineSnapshot(`
      "Mark definition definition.json is not valid (1 problem):
        - levelNoun: must be a lower-case noun such as "level" or "stage""
    `);
  });

  it('gives the ratings tools neutral words unless the mark has its own', () => {
    // The mark's scale and items, without any of its own words for the tools.
    const { scale, scaleNote, disagreementAt, items } = whmat.ratings;
    const input = { ...whmat, ratings: { scale, scaleNote, disagreementAt, items } };
    const ratings = parseMark(input, 'x.json').ratings!;
    expect(ratings).toMatchObject({
      itemNoun: { one: 'item', other: 'items' },
      auditTitle: 'Leaders’ audit',
      questionnaireTitle: 'Staff questionnaire',
      questionnaireIntro: 'Rate each statement about our school. There are no right answers.',
      prioritiesTitle: 'Priorities',
    });
    expect(getMark('whmat-wellbeing').ratings).toMatchObject({
      itemNoun: { one: 'approach', other: 'approaches' },
      prioritiesTitle: 'Priorities for the AIP and SEF',
    });
  });

  it('heads the priorities CSV with the mark’s words, or the neutral ones', () => {
    const ratings = getMark('whmat-wellbeing').ratings!;
    expect(prioritiesCsv([], { version: 2, items: {} }, ratings).split('\r\n')[0]).toMatch(/^\uFEFFRank,Approach,Statement,Leaders’ audit,/);
    expect(prioritiesCsv([], { version: 2, items: {} }).split('\r\n')[0]).toMatch(/^\uFEFFRank,Item,Statement,Leaders’ audit,/);
  });

  it('titles the survey tool "Survey summary" unless the mark has its own title', () => {
    expect(getMark('wellbeing-qm').surveys!.title).toBe('Survey summary');
  });

  it('keeps a grid note only where a mark has one', () => {
    expect(getMark('wiltshire-lsqm').levels.every((l) => l.gridNote?.includes('not meant to be restrictive'))).toBe(true);
    expect(getMark('wellbeing-qm').levels.some((l) => l.gridNote)).toBe(false);
  });
});

describe('level badges', () => {
  it('are coloured per mark and level from the definitions, and only where a level sets colours', () => {
    const wiltshire = getMark('wiltshire-lsqm');
    expect(levelBadgeClass(wiltshire, wiltshire.levels[0]!)).toBe('level-badge--wiltshire-lsqm-bronze');
    const css = levelBadgeCss([wiltshire, getMark('wellbeing-qm')]);
    expect(css.split('\n')).toHaveLength(4);
    expect(css).toContain('.level-badge.level-badge--wiltshire-lsqm-bronze{background:#8c4a1e;color:#ffffff}');
  });

  it('must be readable: text below WCAG AA contrast on its background fails with the fix', () => {
    const input = wiltshireInput() as any;
    input.levels[1].badge = { background: '#56616a', text: '#777777' };
    expect(messageFor(input)).toMatchInlineSnapshot(`
      "Mark definition definition.json is not valid (1 problem):
        - levels[1].badge.text (level "silver"): #777777 text on a #56616a background has a contrast of 1.4:1; WCAG AA needs 4.5:1 for text, so make one darker and the other lighter"
    `);
  });

  it('must give colours as six-digit hex', () => {
    const input = wiltshireInput() as any;
    input.levels[0].badge = { background: 'brown', text: '#ffffff' };
    expect(messageFor(input)).toMatchInlineSnapshot(`
      "Mark definition definition.json is not valid (1 problem):
        - levels[0].badge.background (level "bronze"): must be a six-digit hex colour such as "#0b4f6c""
    `);
  });
});
