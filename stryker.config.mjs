// Mutation testing of the pure logic in src/lib (npm run mutation). The real
// content test is left out: it checks the content, not the logic.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/lib/**/*.ts'],
  concurrency: 2,
  // Module-level constants (the lint patterns) would each need a full reload of
  // every test file; their behaviour is covered by the tests of the functions using them.
  ignoreStatic: true,
  // Re-test only what changed since the last run (reports/mutation/stryker-incremental.json).
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  timeoutMS: 2500,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
};
