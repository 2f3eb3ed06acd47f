import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 A and AA violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Every result type, though only violations are asserted: with resultTypes ['violations'] (axe's speed option) its
  // landmark-unique rule, which compares landmarks in a step after the rest, reported the search page's two search
  // forms as a violation that the full run does not.
  // Legacy mode runs axe in the page itself. The default opens a blank page to merge each frame's results: about
  // 1 s more a call on this machine, for frames the site does not have (no page of it holds an iframe).
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
