import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 has no "exports" map: Node loads its CommonJS build for every package, but Vite would hand our
    // sources the .mjs build, and graphql-js refuses objects from the "other" copy. Load what Node loads.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each file starts its own emulator and gateway on ephemeral loopback ports; two cores here.
    pool: 'forks',
    maxWorkers: 2,
  },
});
