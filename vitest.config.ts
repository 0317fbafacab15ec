import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20000,
    server: {
      deps: {
        // The built package (tests/api imports it as a user would) runs as Node runs it, not
        // through Vite's transform: the same modules its worker threads and the CLI load.
        external: [/\/dist\//],
      },
    },
  },
});
