// Which Chromium the benchmark drives: CHROMIUM_PATH, else Playwright's own when installed, else Debian's.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const own = chromium.executablePath();
  if (own && fs.existsSync(own)) return own;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(candidate)) return candidate;
  throw new Error('No Chromium found: set CHROMIUM_PATH, or install one (npx playwright install chromium).');
}
