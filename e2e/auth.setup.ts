import { expect, test as setup } from '@playwright/test';
import { type DemoAccount, demoAccounts, sessionFile, signIn } from './auth';
import { capturedItem } from './fixtures';

// Runs before the specs (the "setup" project in playwright.config.ts). The server loads a route's code on its
// first request, so these first requests are made here rather than inside the first test of each route; then
// every demo account signs in once and its session is saved for the specs (restoreSession, pageOf).

const publicRoutes = [
  '/',
  '/news',
  `/news/${capturedItem.slug}`,
  '/fields-of-work',
  '/fields-of-work/policing',
  '/countries',
  '/countries/serbia',
  '/structures',
  '/structures/secretariat',
  '/meetings',
  '/meetings/ministerial-council-meetings',
  '/about',
  '/about/leadership',
  '/search?q=border',
  '/feed.xml',
  '/sitemap.xml',
  '/login',
];
const workspaceRoutes = [
  '/editor',
  '/editor/news',
  '/editor/news/new',
  '/editor/review',
  '/editor/pages',
  '/editor/media',
  '/editor/taxonomy',
  '/editor/users',
  '/editor/account',
  '/editor/audit',
];

setup('the public routes answer', async ({ request }) => {
  setup.slow();
  for (const path of publicRoutes) expect((await request.get(path)).status(), path).toBe(200);
});

for (const account of Object.keys(demoAccounts) as DemoAccount[]) {
  setup(`${account} signs in`, async ({ page }) => {
    await signIn(page, demoAccounts[account]);
    await page.context().storageState({ path: sessionFile(account) });
  });
}

setup('the workspace routes answer', async ({ browser }) => {
  setup.slow();
  const context = await browser.newContext({ storageState: sessionFile('admin') });
  for (const path of workspaceRoutes) expect((await context.request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  await context.close();
});
