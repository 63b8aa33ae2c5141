import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The password of every demo account (db/seed/users.ts). */
export const DEMO_PASSWORD = 'publish-with-care';

export const demoAccounts = {
  admin: 'admin@example.org',
  editor: 'editor@example.org',
  reviewer: 'reviewer@example.org',
  reviewer2: 'reviewer2@example.org',
} as const;

export type DemoAccount = keyof typeof demoAccounts;

/** Where auth.setup.ts keeps each demo account's session for the run (git-ignored). */
export const sessionFile = (account: DemoAccount) => path.join(import.meta.dirname, '.auth', `${account}.json`);

/** Signs in through the login form as a person would; resolves once the workspace is shown. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, next?: string) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Workspace' })).toBeVisible();
}

/**
 * Gives the page's browser context the session cookie auth.setup.ts saved for a demo account. A sign-in costs a
 * page load, an argon2 verification and a redirect, seconds on a busy machine; tests of signing in itself use
 * signIn(). Other contexts stay anonymous.
 */
export async function restoreSession(page: Page, account: DemoAccount) {
  const { cookies } = JSON.parse(await fs.readFile(sessionFile(account), 'utf8'));
  await page.context().addCookies(cookies);
}

/** Signs out with the workspace's "Sign out" button. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
}
