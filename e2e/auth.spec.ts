import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts, restoreSession, signIn, signOut } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';

const GENERIC_FAILURE = 'The email or password is incorrect, or sign-in is paused after too many attempts. Try again later.';

const workspaceNav = (page: Page) => page.getByRole('navigation', { name: 'Workspace' });

const roleViews = [
  { email: demoAccounts.admin, name: 'Ada Admin', roles: 'Admin', sees: ['Dashboard', 'News', 'Review', 'Users', 'Taxonomy', 'Audit log', 'My account'], misses: [] },
  { email: demoAccounts.editor, name: 'Emil Editor', roles: 'Editor', sees: ['Dashboard', 'News', 'Pages', 'My account'], misses: ['Review', 'Users', 'Audit log'] },
  { email: demoAccounts.reviewer, name: 'Rita Reviewer', roles: 'Reviewer', sees: ['Dashboard', 'News', 'Review', 'My account'], misses: ['Users', 'Taxonomy'] },
  { email: demoAccounts.reviewer2, name: 'Rolf Reviewer', roles: 'Reviewer', sees: ['Review'], misses: ['Users'] },
];

for (const view of roleViews) {
  test(`${view.email} signs in and sees the workspace for their roles`, async ({ page }) => {
    await signIn(page, view.email);
    await expect(page).toHaveURL(/\/editor$/);
    const banner = page.getByRole('banner');
    await expect(banner).toContainText(view.name);
    await expect(banner).toContainText(view.roles);
    for (const label of view.sees) await expect(workspaceNav(page).getByRole('link', { name: label, exact: true })).toBeVisible();
    for (const label of view.misses) await expect(workspaceNav(page).getByRole('link', { name: label, exact: true })).toHaveCount(0);
    await expect(workspaceNav(page).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });
}

test('a wrong password shows the generic message and keeps the email', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(demoAccounts.editor);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: GENERIC_FAILURE })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(demoAccounts.editor);
  await expect(page).toHaveURL(/\/login/);

  // An unknown account gets the very same sentence.
  await page.getByLabel('Email').fill('nobody-here@example.org');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Email')).toHaveValue('nobody-here@example.org');
  await expect(page.getByRole('alert').filter({ hasText: GENERIC_FAILURE })).toBeVisible();
});

for (const path of ['/editor', '/editor/news', '/editor/users']) {
  test(`an anonymous visitor of ${path} lands on the login page`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(`/login?next=${encodeURIComponent(path)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });
}

test('after signing in, the visitor returns to the page they asked for', async ({ page }) => {
  await page.goto('/editor/account');
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('Email').fill(demoAccounts.reviewer);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/editor/account');
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
});

test('an editor opening /editor/users gets 403', async ({ page }) => {
  await restoreSession(page, 'editor');
  const response = await page.goto('/editor/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Add a user' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('"Sign out" ends the session', async ({ page }) => {
  await signIn(page, demoAccounts.reviewer2);
  await signOut(page);
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.goto('/editor/news');
  await expect(page).toHaveURL(/\/login\?next=%2Feditor%2Fnews/);
});

// One test per page: an axe check takes seconds on a busy machine, and a test of several would run out of time.
test.describe('the login page, users page and account page pass axe', () => {
  test('the login page', async ({ visit }) => {
    await visit('/login');
  });

  for (const path of ['/editor/users', '/editor/account']) {
    test(path, async ({ page, visit }) => {
      await restoreSession(page, 'admin');
      await visit(path);
    });
  }

  test('/editor/users with a user opened for changes', async ({ page }) => {
    await restoreSession(page, 'admin');
    await page.goto('/editor/users');
    await page.getByText('Manage Emil Editor').click();
    await expectNoAxeViolations(page);
  });
});

test.describe('a user created by an admin', () => {
  test.describe.configure({ mode: 'serial' });
  const stamp = Date.now();
  const person = { name: `Test Person ${stamp}`, email: `person-${stamp}@example.org`, password: 'first-password-for-e2e' };

  test('can sign in, and is signed out at once when disabled', async ({ page, pageOf }) => {
    await restoreSession(page, 'admin');
    await page.goto('/editor/users');
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByText('Enter an email address.')).toBeVisible();
    await form.getByLabel('Email').fill(person.email);
    await form.getByLabel('Name').fill(person.name);
    await form.getByLabel('Initial password').fill('short');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByText('Use at least 12 characters.')).toBeVisible();
    await expect(form.getByLabel('Initial password')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Email')).toHaveValue(person.email);
    await form.getByLabel('Initial password').fill(person.password);
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByRole('status')).toContainText(`${person.name} can now sign in with ${person.email}.`);
    const card = page.getByRole('article', { name: person.name });
    await expect(card).toContainText('Editor');
    await expect(card).toContainText('Active');

    // The same email cannot be used twice.
    await form.getByLabel('Email').fill(person.email.toUpperCase());
    await form.getByLabel('Name').fill('Someone Else');
    await form.getByLabel('Initial password').fill(person.password);
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByText('A user with this email address already exists.').first()).toBeVisible();

    // The new user works in a browser of their own.
    const theirPage = await pageOf('visitor');
    await signIn(theirPage, person.email, person.password);
    await expect(theirPage.getByRole('banner')).toContainText(person.name);

    await card.getByText(`Manage ${person.name}`).click();
    await card.getByRole('button', { name: `Disable ${person.name}` }).click();
    await expect(card).toContainText('Disabled');

    await theirPage.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'My account' }).click();
    await expect(theirPage).toHaveURL('/login?next=%2Feditor%2Faccount');
    await theirPage.goto('/editor/news?status=draft');
    await expect(theirPage).toHaveURL(`/login?next=${encodeURIComponent('/editor/news?status=draft')}`);
    // Signing in again is refused as well.
    await theirPage.getByLabel('Email').fill(person.email);
    await theirPage.getByLabel('Password').fill(person.password);
    await theirPage.getByRole('button', { name: 'Sign in' }).click();
    await expect(theirPage.getByRole('alert').filter({ hasText: GENERIC_FAILURE })).toBeVisible();
  });

  test('changes their own password and signs in again with it', async ({ page }) => {
    const admin = page;
    await restoreSession(admin, 'admin');
    await admin.goto('/editor/users');
    const card = admin.getByRole('article', { name: person.name });
    await card.getByText(`Manage ${person.name}`).click();
    await card.getByRole('button', { name: `Enable ${person.name}` }).click();
    await expect(card).toContainText('Active');
    // Leave the admin's shared session alone ("Sign out" would end it for every later test): drop its cookie.
    await admin.context().clearCookies();

    await signIn(page, person.email, person.password);
    await page.goto('/editor/account');
    await page.getByLabel('Current password').fill('not-my-password');
    await page.getByLabel('New password', { exact: true }).fill('second-password-for-e2e');
    await page.getByLabel('Confirm new password').fill('second-password-for-e2e');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('This is not your current password.').first()).toBeVisible();
    await expect(page.getByLabel('New password', { exact: true })).toHaveValue('second-password-for-e2e');

    await page.getByLabel('Current password').fill(person.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page).toHaveURL('/login?notice=password-changed');
    await expect(page.getByText('Your password has been changed')).toBeVisible();
    await signIn(page, person.email, 'second-password-for-e2e');
  });
});
