import { expect, type Page } from '@playwright/test';

/** The password of every demo account (db/seed/users.ts). */
export const DEMO_PASSWORD = 'publish-with-care';

export const demoAccounts = {
  admin: 'admin@example.org',
  editor: 'editor@example.org',
  reviewer: 'reviewer@example.org',
  reviewer2: 'reviewer2@example.org',
} as const;

/** Signs in through the login form as a person would; resolves once the workspace is shown. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, next?: string) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Workspace' })).toBeVisible();
}

/** Signs out with the workspace's "Sign out" button. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
}
