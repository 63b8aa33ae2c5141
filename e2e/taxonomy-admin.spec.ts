import { restoreSession } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('an admin renames a term; its old address redirects to the new one', async ({ page, pageOf }) => {
  test.setTimeout(90_000);
  await restoreSession(page, 'admin');
  await page.goto('/editor/taxonomy');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Media conferences' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Slug').fill('Media Conferences!');
  await page.getByRole('button', { name: 'Save term' }).click();
  await expect(page.getByText('Use lowercase letters a–z')).toBeVisible();
  await page.getByLabel('Name').fill('Media freedom conferences');
  await page.getByLabel('Slug').fill('media-freedom-conferences');
  await page.getByRole('button', { name: 'Save term' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  const visitor = await pageOf('visitor');
  const response = await visitor.goto('/meetings/media-conferences');
  expect(response?.url()).toMatch(/\/meetings\/media-freedom-conferences$/);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Media freedom conferences');
  await visitor.goto('/meetings');
  await expect(visitor.getByRole('link', { name: 'Media freedom conferences' })).toBeVisible();
});

test('an editor cannot open the taxonomy', async ({ page }) => {
  await restoreSession(page, 'editor');
  const response = await page.goto('/editor/taxonomy');
  expect(response?.status()).toBe(403);
});
