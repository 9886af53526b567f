// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'timers', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib'];

/** Workflow code must be deterministic: no Node built-ins, no I/O libraries, activities by type only. */
const workflowRestrictions = {
  paths: NODE_BUILTINS.map((name) => ({ name, message: 'Workflows are deterministic: no Node built-ins.' })),
  patterns: [
    { group: ['node:*'], message: 'Workflows are deterministic: no Node built-ins.' },
    { group: ['@nestjs/*', 'typeorm', 'pg', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'], message: 'Workflows do no I/O; call activities.' },
    { group: ['**/activities/*', '**/libs/persistence/*', '**/libs/security/*', '**/libs/config/*', '**/apps/*'], allowTypeImports: true, message: 'Import activities by type only.' },
  ],
};

/** Pure rules: nothing that does I/O or ties them to a framework. */
const domainRestrictions = {
  paths: NODE_BUILTINS.map((name) => ({ name, message: 'libs/domain is pure: no I/O.' })),
  patterns: [
    { group: ['node:*'], message: 'libs/domain is pure: no I/O.' },
    { group: ['@nestjs/*', '@temporalio/*', 'typeorm', 'pg', 'jose', 'class-validator', 'class-transformer'], message: 'libs/domain has no framework imports.' },
  ],
};

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
  { files: ['workflows/**/*.ts'], rules: { 'no-restricted-imports': ['error', workflowRestrictions] } },
  {
    files: ['apps/**/*.ts', 'activities/**/*.ts', 'libs/**/*.ts', 'tools/**/*.ts', 'bench/**/*.ts', 'workflows/**/*.ts'],
    ignores: ['libs/config/**'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only libs/config reads the environment.' }] },
  },
  { files: ['libs/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', domainRestrictions] } },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
