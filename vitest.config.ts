import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Query modules guard against client bundles with `server-only`; tests run them on the server side.
      'server-only': path.join(root, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['{lib,db,components,app,scripts}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests each create their own database; running files one at a time keeps the 2-core CI calm.
    fileParallelism: false,
  },
});
