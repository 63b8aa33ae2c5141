import { capturedItem, expect, expectNoAxeViolations, test } from './fixtures';

test('home page shows the latest news, fields of work, field operations and countries', async ({ page, visit }) => {
  await visit('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Latest news' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Policing' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'OSCE Mission to Serbia' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Participating States' })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/?$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/news');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the mega menu opens, is walked and closes by keyboard alone', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const ourWork = nav.locator('summary', { hasText: 'Our work' });
  const panelLink = nav.getByRole('link', { name: 'Policing' });
  await expect(panelLink).toBeHidden();

  // Tab from the search button into the navigation.
  await page.getByRole('button', { name: 'Search', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(ourWork).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panelLink).toBeVisible();
  await expect(ourWork.locator('..')).toHaveAttribute('open', '');
  await expectNoAxeViolations(page);

  // Opening a second section closes the first.
  const countries = nav.locator('summary', { hasText: 'Countries' });
  await countries.focus();
  await page.keyboard.press('Space');
  await expect(nav.getByRole('link', { name: 'Serbia', exact: true })).toBeVisible();
  await expect(panelLink).toBeHidden();

  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Countries: overview' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nav.getByRole('link', { name: 'Serbia', exact: true })).toBeHidden();
  await expect(countries).toBeFocused();
});

test('a menu link leads to its page', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.locator('summary', { hasText: 'Structures and institutions' }).click();
  await nav.getByRole('link', { name: 'OSCE Mission to Serbia' }).click();
  await expect(page).toHaveURL(/\/structures\/mission-to-serbia$/);
  await expect(page.getByRole('heading', { level: 1, name: 'OSCE Mission to Serbia' })).toBeVisible();
  await expect(page.getByRole('link', { name: capturedItem.title })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the menu and the news filters still work', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.locator('summary', { hasText: 'Meetings and conferences' }).click();
    await expect(nav.getByRole('link', { name: 'Ministerial Council meetings' })).toBeVisible();

    await page.goto('/news');
    await page.getByLabel('Field of work').selectOption({ label: 'Policing' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/field=policing/);
    await expect(page.getByRole('link', { name: capturedItem.title })).toBeVisible();
  });
});
