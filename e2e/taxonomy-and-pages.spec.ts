import { capturedItem, expect, test } from './fixtures';

test('fields of work: index and one field with its latest news and feed link', async ({ page, visit }) => {
  await visit('/fields-of-work');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(23);
  await page.getByRole('main').getByRole('link', { name: 'Policing' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policing');
  await visit('/fields-of-work/policing');
  await expect(page.getByRole('heading', { name: 'Latest news' })).toBeVisible();
  await expect(page.getByRole('link', { name: capturedItem.title })).toBeVisible();
  await expect(page.getByRole('link', { name: /News feed for Policing/ })).toHaveAttribute('href', '/fields-of-work/policing/feed.xml');
});

test('countries: grouped index and a country with its field operation and news', async ({ page, visit }) => {
  await visit('/countries');
  await expect(page.getByRole('heading', { name: /Participating States \(57\)/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Asian Partners for Co-operation/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Mediterranean Partners for Co-operation/ })).toBeVisible();
  await visit('/countries/serbia');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Serbia');
  await expect(page.getByRole('main').getByRole('link', { name: 'OSCE Mission to Serbia' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'News about Serbia' })).toBeVisible();
});

// At most two pages a test: every visit runs axe, which takes seconds on a busy machine.
test('structures: the tree and a unit with its parent and news', async ({ page, visit }) => {
  await visit('/structures');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Field operations', exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Transnational Threats Department' })).toBeVisible();
  await visit('/structures/transnational-threats-department');
  await expect(page.getByRole('main').getByRole('link', { name: 'OSCE Secretariat' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: capturedItem.title })).toBeVisible();
});

test('structures: a unit with its departments and units', async ({ page, visit }) => {
  await visit('/structures/secretariat');
  await expect(page.getByRole('heading', { name: 'Departments and units' })).toBeVisible();
});

test('meetings: index and one series', async ({ page, visit }) => {
  await visit('/meetings');
  await expect(page.getByRole('main').getByRole('link', { name: 'Ministerial Council meetings' })).toBeVisible();
  await visit('/meetings/ministerial-council-meetings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ministerial Council meetings');
});

test('about pages: index, a page with its section and breadcrumbs', async ({ page, visit }) => {
  await visit('/about');
  await page.getByRole('main').getByRole('link', { name: 'Leadership' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leadership');
  await expect(page.getByRole('heading', { name: 'In this section' })).toBeVisible();
  await visit('/about/our-history');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('About us');
});

test('site search finds news and pages', async ({ page, visit }) => {
  await visit('/');
  await page.getByRole('search').first().getByLabel('Search the site').fill('principles');
  await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=principles/);
  await expect(page.getByRole('heading', { name: 'Pages' })).toBeVisible();
});

test('site search highlights matches and shows markup in the query as text', async ({ page, visit }) => {
  await visit('/search?q=border');
  await expect(page.getByRole('main').locator('article mark').first()).toBeVisible();
  await visit('/search?q=%3Cb%3Ebold%3C%2Fb%3E');
  await expect(page.getByRole('main').locator('b', { hasText: 'bold' })).toHaveCount(0);
});
