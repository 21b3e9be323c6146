import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'site/', 'node_modules/', 'custom-elements.json', '.bench/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    plugins: {lit, wc},
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    files: ['**/*.mjs', 'bin/**/*.js'],
    languageOptions: {globals: globals.node},
  },
  {
    // Scripts that run in the page: demo host scripts, the test guard, benchmark page code.
    files: ['demo/**/*.js', 'test/setup/**/*.js', 'bench/**/*.mjs', 'scripts/screenshot.mjs'],
    languageOptions: {globals: {...globals.browser, ...globals.node}},
  }
);
