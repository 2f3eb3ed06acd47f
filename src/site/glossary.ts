import type { GlossaryEntry } from '~/frameworks/schema';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the text uses the abbreviation (as written, a word of its own) or one of its written-out forms (any case). */
function uses(text: string, entry: GlossaryEntry): 'term' | 'expansion' | undefined {
  if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(entry.term)}(?![\\p{L}\\p{N}])`, 'u').test(text)) return 'term';
  const forms = [entry.expansion, ...entry.alsoWritten].filter((f): f is string => f !== undefined);
  return forms.some((f) => text.toLowerCase().includes(f.toLowerCase())) ? 'expansion' : undefined;
}

/**
 * The words search should also find a criterion by: for each abbreviation of the mark's glossary the criterion uses,
 * its written-out forms; for each written-out form it uses, the abbreviation. An abbreviation finds its
 * written-out form, and the reverse. Entries with no expansion add nothing.
 */
export function glossaryWords(text: string, glossary: readonly GlossaryEntry[]): string[] {
  const words: string[] = [];
  for (const entry of glossary) {
    if (entry.expansion === undefined) continue;
    const used = uses(text, entry);
    if (used === 'term') words.push(entry.expansion, ...entry.alsoWritten);
    if (used === 'expansion') words.push(entry.term);
  }
  // A form the text already holds adds nothing ("Teacher International Professional Development (TIPD)").
  return [...new Set(words)].filter((w) => !text.toLowerCase().includes(w.toLowerCase()));
}
