/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: 'node',
  // The project's `#…` aliases (package.json imports) resolve to the TypeScript sources under test, not dist/.
  testEnvironmentOptions: { customExportConditions: ['frontier-source', 'node', 'node-addons'] },
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/workflows', '<rootDir>/activities', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // NestJS 12, jose and openid-client ship as ES modules; jest (in CommonJS mode) needs them transformed.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose|uid|openid-client|oauth4webapi)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120_000,
  // The suite drives real servers on a 2-core machine; one file at a time keeps timings honest.
  maxWorkers: 1,
};
