/** Plural forms of one text, chosen by the `count` parameter (Intl.PluralRules categories, plus "zero"). */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** One interface text: a string with `{name}` placeholders, or its plural forms. */
export type TextValue = string | Plural;

/** Interface text by dotted key: "readiness.nextStep". */
export type TextMap = Readonly<Record<string, TextValue>>;

export type TextParams = Readonly<Record<string, string | number>>;

/** The template for a key: the plural form for `count` where the text has forms. */
export function template(map: TextMap, key: string, params: TextParams, rules: Intl.PluralRules): string {
  const entry = map[key];
  if (entry === undefined) return key;
  if (typeof entry === 'string') return entry;
  const count = Number(params.count ?? 0);
  if (count === 0 && entry.zero !== undefined) return entry.zero;
  return entry[rules.select(count)] ?? entry.other;
}

/** A `t(key, params)` that reads the map, picks the plural form and fills `{name}` placeholders. */
// K is the caller's union of keys, so that a mistyped key fails the type check.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function translator<K extends string>(map: TextMap, locale = 'en') {
  return (key: K, params: TextParams = {}): string =>
    template(map, key, params, pluralRules(locale)).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

// Made on first use and shared: every tool makes a translator as it hydrates, and the build one per page,
// while the rules (the locale's plural data) cost more to make than many texts to fill.
const rulesByLocale = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** The entries whose keys start with one of the prefixes ("tool." …): what an island needs of the map. */
export const pickText = (map: TextMap, prefixes: readonly string[]): TextMap =>
  Object.fromEntries(Object.entries(map).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
