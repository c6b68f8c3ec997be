import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each file starts its own emulator and gateway on ephemeral loopback ports; two cores here.
    pool: 'forks',
    maxWorkers: 2,
  },
});
