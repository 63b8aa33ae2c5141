import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { proxyUrl } from './ports';

// Several instances behind nginx (`npm run test:multi`, and a step of `npm test`): the spec starts the database,
// both instances and nginx itself, against the production build already made (`npm run build` first).
// One worker, in order: each check builds on the state the previous one left.
const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: path.join(root, 'test-results', 'multi-artifacts'),
  reporter: [['list'], ['json', { outputFile: path.join(root, 'test-results', 'multi-results.json') }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: proxyUrl,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
});
