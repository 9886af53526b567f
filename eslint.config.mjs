// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';
import { roomsPlugin } from './tools/lint/rooms.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', '.test-output/**', '.tools/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/require-await': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  // Imports in one order everywhere (packages, then the #aliases, then relative), fixed by `make format`.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    // Landed migrations never change, not even their layout.
    ignores: ['libs/persistence/migrations/**'],
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error' },
  },
  // What each room may import (tools/lint/rooms.mjs), whichever way the import is spelled.
  { files: ['**/*.ts', '**/*.tsx', '**/*.mts'], plugins: { frontier: roomsPlugin }, rules: { 'frontier/rooms': 'error' } },
  // The console: React's rules of hooks, and its generated API types left as generated.
  { files: ['apps/console/**/*.tsx', 'apps/console/**/*.ts'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    // Written by openapi-typescript: `oneOf` without properties of its own becomes `& (unknown | unknown)`.
    files: ['apps/console/src/api/schema.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      '@typescript-eslint/no-duplicate-type-constituents': 'off',
    },
  },
  {
    files: ['apps/**/*.ts', 'activities/**/*.ts', 'libs/**/*.ts', 'tools/**/*.ts', 'bench/**/*.ts', 'workflows/**/*.ts'],
    ignores: ['libs/config/**'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only libs/config reads the environment.' }] },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
