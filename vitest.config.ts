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
    // The SDK's ten-line "SDK releases from 2027 need Node 22" warning, once per client module, says nothing a test
    // needs: the pinned SDK versions run on Node 20. Child processes get it from main.ts, which sets the same switch.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each file starts its own emulator and gateway on ephemeral loopback ports; two cores here.
    pool: 'forks',
    maxWorkers: 2,
  },
});
