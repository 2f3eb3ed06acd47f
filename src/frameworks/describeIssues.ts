import type { z } from 'zod';

/** Turns zod issues into lines that name the field, what is wrong and how to fix it. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => `${describePath(issue.path, input)}: ${describeProblem(issue, valueAt(issue.path, input))}`);
}

/** "levels[1].criteria.statements[3].text (level "two", criterion "s-4")": the path plus the ids met on the way. */
function describePath(path: readonly PropertyKey[], input: unknown): string {
  if (path.length === 0) return '(the whole file)';
  const dotted = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
  const named: string[] = [];
  let node: unknown = input;
  path.forEach((key, i) => {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (node !== null && typeof node === 'object' && 'id' in node && typeof node.id === 'string') {
      named.push(`${kindOf(path[typeof key === 'number' ? i - 1 : i])} "${node.id}"`);
    }
  });
  return named.length > 0 ? `${dotted} (${named.join(', ')})` : dotted;
}

/** What an object with an id is, from the list that holds it. */
function kindOf(listKey: PropertyKey | undefined): string {
  const kinds: Record<string, string> = {
    levels: 'level',
    requirements: 'requirement',
    roles: 'role',
    options: 'option',
    fields: 'field',
    groups: 'group',
    items: 'item',
  };
  return kinds[String(listKey)] ?? 'criterion';
}

/** What the file holds at `path` (zod leaves the input out of its issues unless asked). */
function valueAt(path: readonly PropertyKey[], input: unknown): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describeProblem(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        const field = issue.path.at(-1);
        return `is missing; add "${String(field)}" (${article(issue.expected)})`;
      }
      return issue.message.startsWith('Invalid input') ? `should be ${article(issue.expected)} but is ${describeValue(value)}` : issue.message;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove it or correct its spelling`;
    case 'invalid_value':
      return `is ${describeValue(value)}; use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text in quotes',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list in [ ]',
    object: 'an object in { }',
    record: 'an object in { }',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
