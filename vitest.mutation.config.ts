import { defineConfig } from 'vitest/config';

// The unit tests of src/lib, without the test that reads the real content.
// One shared worker: Stryker runs the tests hundreds of times, start-up dominates.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/content.test.ts'],
    pool: 'threads',
    isolate: false,
  },
});
