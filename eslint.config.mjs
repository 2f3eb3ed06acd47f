// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/**
 * The layers of src/, lowest first, and what each may import (README, "How the project is laid out"). A file importing
 * upwards fails the lint: `@typescript-eslint/no-restricted-imports` per folder, by the import's path (`~/…` or a
 * relative path that climbs into another layer). Packages, Astro's and the build's virtual modules are not layers.
 */
/** @param {string} layer @param {...string} paths */
const upward = (layer, ...paths) => ({
  regex: `^(~/|(\\.\\./)+)(${paths.join('|')})(/|$)`,
  message: `${layer} may not import this: it is a higher layer (README, "How the project is laid out")`,
});
const layers = [
  // The marks, their schema, scoring and saved data: pure, imports nothing outside itself.
  { files: ['src/frameworks/**'], patterns: [upward('src/frameworks', 'text', 'site', 'widgets', 'components', 'pages', 'integrations', 'offline')] },
  // Every word of the interface: reads the marks only.
  { files: ['src/text/**'], patterns: [upward('src/text', 'site', 'widgets', 'components', 'pages', 'integrations', 'offline')] },
  // The service worker and its registration: imports nothing of the site.
  { files: ['src/offline/**'], patterns: [upward('src/offline', 'frameworks', 'text', 'site', 'widgets', 'components', 'pages', 'integrations')] },
  // What the site is made of, at build time: marks, text and the brand.
  { files: ['src/site/**'], patterns: [upward('src/site', 'widgets', 'components', 'pages', 'integrations')] },
  // The islands and their parts, in the browser: never the site's build-time modules.
  { files: ['src/widgets/**'], patterns: [upward('src/widgets', 'site', 'components', 'pages', 'integrations')] },
  // Astro components: the site, text and marks; an island whole, never its parts.
  {
    files: ['src/components/**'],
    patterns: [
      upward('src/components', 'pages', 'integrations'),
      { regex: '^~/widgets/[^/]+/', message: 'A component may use an island (src/widgets/<Island>.tsx), not its parts' },
    ],
  },
  // Pages: islands, src/site and components; the marks' and the text's types only (their values come through src/site).
  {
    files: ['src/pages/**'],
    patterns: [
      upward('src/pages', 'integrations'),
      {
        regex: '^~/widgets/[^/]+/',
        message: 'A page may use an island (src/widgets/<Island>.tsx), not its parts or stores; what it needs goes through src/site',
      },
      {
        regex: '^~/(frameworks|text)/',
        allowTypeImports: true,
        message: "A page takes the marks' and the text's values through src/site (their types it may import)",
      },
    ],
  },
  // Build steps: the marks, text, site and service worker; never what runs in the browser's islands or the pages.
  { files: ['src/integrations/**'], patterns: [upward('src/integrations', 'widgets', 'components', 'pages')] },
].map(({ files, patterns }) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': /** @type {import('eslint').Linter.RuleEntry} */ (['error', { patterns }]) },
}));

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Template literals with numbers read naturally in UI text ("3 of 10 met").
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // The strictest tsconfig already demands index checks; a `!` after one is a considered claim.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // One-line arrow handlers (`onClick={() => setOpen(false)}`) are the clearest way to write them.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `({ dropped: _dropped, ...rest })` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/widgets/**/*.tsx', 'src/widgets/**/*.ts'], ...reactHooks.configs.flat.recommended },
  ...astro.configs['flat/recommended'],
  ...layers,
  {
    // astro-eslint-parser takes the older `project` option, not `projectService` (it warns once per file otherwise).
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    // Plain JavaScript (configs, scripts, the bench) is not in a TypeScript project.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
