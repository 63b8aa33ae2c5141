import { defineConfig, devices } from '@playwright/test';

// Runs against a production build (`next build` first; `npm test` does it) served on a fresh database.
const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    // Warms the server up and signs each demo account in once (e2e/auth.setup.ts).
    { name: 'setup', testMatch: /\.setup\.ts$/, use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
  ],
  webServer: {
    command: 'node scripts/start.mjs --no-build',
    url: `http://localhost:${port}/robots.txt`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // scripts/start.mjs supplies AUTH_SECRET (created once in .data/auth-secret) and AUTH_TRUST_HOST.
    env: { PORT: String(port), SEED_DEMO: '1', SEED_DEMO_USERS: '1' },
  },
});
