import { defineConfig } from 'vitest/config';

// The unit tests of src/lib, without the test that reads the real content.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/content.test.ts'],
  },
});
