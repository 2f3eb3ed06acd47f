// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

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
