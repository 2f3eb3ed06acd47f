import { parseSync, type Plugin } from 'vite';

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const RUNTIME_CHUNK = /(^|\/)rolldown-runtime\.[\w-]+\.js$/;

/**
 * Whether `node` uses `this` or `arguments`, which an arrow shares with the code around it and a function
 * would not, or a meta property such as `import.meta` (left alone, to be safe).
 */
function usesOwnThis(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(usesOwnThis);
  const n = node as Node;
  if (n.type === 'ThisExpression' || (n.type === 'Identifier' && n.name === 'arguments') || n.type === 'MetaProperty') return true;
  if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression') return false;
  return Object.entries(n).some(([key, value]) => key !== 'type' && usesOwnThis(value));
}

/**
 * Rewrites a chunk's CommonJS module wrappers (`var x = __commonJS((e) => {…})`, how the bundler
 * carries React and React DOM) as parenthesised `function` expressions. V8 takes a parenthesised
 * `function` as one about to be called and compiles it while the file streams in, off the main
 * thread; an arrow it compiles only when called, on the main thread, in the task that loads the
 * tool. React DOM's wrapper is most of its 190 KB. Returns the code unchanged when it has none.
 */
export function eagerWrappers(code: string, fileName = 'chunk.js'): string {
  const { program, errors } = parseSync(fileName, code, { sourceType: 'module', lang: 'js', preserveParens: false });
  if (errors.length > 0) throw new Error(`${fileName} could not be read to compile React early: ${errors[0]?.message}`);
  const body = (program as unknown as { body: Node[] }).body;
  // The wrapper helper is imported from the bundler's runtime chunk under a local name.
  const helpers = new Set<string>();
  for (const statement of body) {
    if (statement.type !== 'ImportDeclaration') continue;
    const source = (statement.source as { value: string }).value;
    if (!RUNTIME_CHUNK.test(source)) continue;
    for (const specifier of statement.specifiers as Array<{ local: { name: string } }>) helpers.add(specifier.local.name);
  }
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const statement of body) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations as Array<{ init: Node | null }>) {
      // `helper(wrapper)`, or `helper(wrapper)()` where the module is required at once.
      const init = declarator.init;
      const call = init?.type === 'CallExpression' && (init.callee as Node).type === 'CallExpression' ? (init.callee as Node) : init;
      if (call?.type !== 'CallExpression') continue;
      const callee = call.callee as Node;
      const [wrapper, ...rest] = call.arguments as Node[];
      if (callee.type !== 'Identifier' || !helpers.has(callee.name as string) || rest.length > 0) continue;
      if (wrapper?.type !== 'ArrowFunctionExpression' || wrapper.async || wrapper.expression) continue;
      if (usesOwnThis(wrapper.params) || usesOwnThis(wrapper.body)) continue;
      const params = wrapper.params as Node[];
      const paramText = params.length ? code.slice(params[0]!.start, params.at(-1)!.end) : '';
      const bodyStart = (wrapper.body as Node).start;
      // Keep the bundler's own parentheses; add them where it wrote none.
      const parenthesised = code.slice(callee.end, wrapper.start).replace(/\s/g, '') === '((';
      edits.push({ start: wrapper.start, end: bodyStart, text: `${parenthesised ? '' : '('}function(${paramText})` });
      if (!parenthesised) edits.push({ start: wrapper.end, end: wrapper.end, text: ')' });
    }
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/**
 * The build step that applies {@link eagerWrappers} to every JavaScript chunk for the browser. It runs
 * on the minified chunks, as the minifier turns such functions back into arrows. A chunk's name keeps
 * the hash of its content before the rewrite, which always gives the same result.
 */
export function eagerModuleWrappers(): Plugin {
  return {
    name: 'qmh:eager-module-wrappers',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    // The rewrite runs after the file names are hashed: a version in the hash, to raise whenever its output
    // changes, keeps a long-cached file from standing for different contents.
    augmentChunkHash: () => 'eager-module-wrappers-1',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = eagerWrappers(chunk.code, chunk.fileName);
        }
      },
    },
  };
}
