/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Type checking is `npm run typecheck`; jest only transpiles (fast, and one file's type error does not hide others' results).
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/setup/custom-functions-shim.ts'],
  // A skipped or todo test fails the run unless test/skipped-tests.json lists it with its reason (printed each run).
  reporters: ['default', '<rootDir>/test/support/skip-reporter.cjs'],
  testTimeout: 60000,
};
