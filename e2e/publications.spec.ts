import type { Page } from '@playwright/test';
import { PDF_ONLY_WORD, publicationSeeds } from '../db/seed/data/publications';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The public publications: listing, filters, search inside the PDFs, the publication page and its downloads.
// Runs on the demo seed (db/seed/publications.ts); other specs may add publications of their own, so counts
// are compared, not fixed.

const downloadName = /^Download \(PDF, [\d.]+ (KB|MB), \d+ pages?\)$/;
const report = publicationSeeds.find((seed) => seed.slug === 'judicial-independence-south-eastern-europe-report')!;
const wetland = publicationSeeds.find((seed) => seed.slug === 'wetland-monitoring-prespa-basin-field-report')!;

async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('#result-count').textContent()) ?? '';
  const match = text.replace(/,/g, '').match(/(\d+) results?/);
  expect(match, `result count in "${text}"`).not.toBeNull();
  return Number(match![1]);
}

const entries = (page: Page) => page.getByRole('main').getByRole('article');
const dates = (page: Page) => entries(page).locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));

test('the listing shows every publication newest first, with a count and pages', async ({ page, visit }) => {
  await visit('/publications');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publications');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/publications$/);
  expect(await resultCount(page)).toBeGreaterThanOrEqual(publicationSeeds.length);
  await expect(entries(page)).toHaveCount(20);
  const shown = await dates(page);
  expect([...shown].sort().reverse()).toEqual(shown);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toBeVisible();
});

test('the type filter narrows the listing to that type', async ({ page, visit }) => {
  await visit('/publications?type=factsheet');
  const count = await resultCount(page);
  expect(count).toBeGreaterThanOrEqual(publicationSeeds.filter((seed) => seed.type === 'factsheet').length);
  expect(count).toBeLessThan(publicationSeeds.length);
  for (const entry of await entries(page).all()) await expect(entry).toContainText('Factsheet');
  await expect(page.getByLabel('Type')).toHaveValue('factsheet');
});

test('the year filter, chosen in the form, keeps publications of that year', async ({ page }) => {
  await page.goto('/publications');
  await page.getByLabel('Year').selectOption('2020');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/year=2020/);
  expect(await resultCount(page)).toBe(publicationSeeds.filter((seed) => seed.publishedOn.startsWith('2020')).length);
  for (const date of await dates(page)) expect(date.startsWith('2020-'), date).toBe(true);
});

test('the search finds a publication by a word that is only inside its PDF', async ({ page }) => {
  await page.goto('/publications');
  await page.getByLabel('Search publications (including the text of the documents)').fill(PDF_ONLY_WORD);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${PDF_ONLY_WORD}`));
  expect(await resultCount(page)).toBe(1);
  await expect(page.getByRole('main').getByRole('link', { name: wetland.title })).toBeVisible();
});

test('malformed filters are ignored with a message, and an empty result has an empty state', async ({ page, visit }) => {
  await visit('/publications?year=20x4&type=novel&field=no-such-field');
  await expect(page.getByText('The year must be a year between')).toBeVisible();
  await expect(page.getByText('The type filter was not recognised')).toBeVisible();
  await expect(page.getByText('No field of work is called "no-such-field"')).toBeVisible();
  await page.goto('/publications?q=zzzyxxqnotaword');
  expect(await resultCount(page)).toBe(0);
  await expect(page.getByRole('heading', { name: 'No publications found' })).toBeVisible();
});

test('the publication page shows its details and one download link per file', async ({ page, visit }) => {
  await visit(`/publications/${report.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Publications');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/publications/${report.slug}$`));
  const about = page.getByRole('complementary', { name: 'About this publication' });
  await expect(about.getByText('Published on:')).toBeVisible();
  await expect(about).toContainText('9 October 2023');
  await expect(about.getByText('Issued by:')).toBeVisible();
  await expect(about.getByRole('link', { name: 'OSCE Mission to Serbia' })).toHaveAttribute('href', '/structures/mission-to-serbia');
  await expect(about.getByRole('link', { name: 'Rule of law' })).toHaveAttribute('href', '/fields-of-work/rule-of-law');
  await expect(about.getByRole('link', { name: 'Serbia', exact: true })).toHaveAttribute('href', '/countries/serbia');
  await expect(about).toContainText('English');

  const downloads = page.getByRole('link', { name: downloadName });
  await expect(downloads).toHaveCount(report.files.length);
  await expect(downloads.first()).toHaveText(/^Download \(PDF, \d+ KB, 6 pages\)$/);
  await expect(downloads.nth(1)).toHaveText(/^Download \(PDF, \d+ KB, 1 page\)$/);
  await expect(downloads.first()).toHaveAttribute('type', 'application/pdf');
  // With several files, each link is described by its file's name.
  await expect(downloads.nth(1)).toHaveAccessibleDescription(report.files[1]!.name);
});

test('a download is the PDF itself, cached for good, and answers revalidation with 304', async ({ page, request }) => {
  await page.goto(`/publications/${wetland.slug}`);
  const link = page.getByRole('link', { name: downloadName });
  await expect(link).toHaveText(/1 page|\d+ pages/);
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/documents\/[0-9a-f]{64}\/[\w.-]+\.pdf$/);

  const response = await request.get(href);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('application/pdf');
  expect(headers['cache-control']).toBe('public, max-age=31536000, immutable, no-transform');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-disposition']).toContain(`filename*=UTF-8''${wetland.files[0]!.name}`);
  const body = await response.body();
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const again = await request.get(href, { headers: { 'if-none-match': headers.etag! } });
  expect(again.status()).toBe(304);

  const key = href.split('/')[2]!;
  const renamed = await request.get(`/documents/${key}/some-other-name.pdf`, { maxRedirects: 0 });
  expect([301, 308]).toContain(renamed.status());
  expect(renamed.headers().location).toBe(href);
  expect((await request.get(`/documents/${'0'.repeat(64)}/nothing.pdf`)).status()).toBe(404);
  expect((await request.get('/documents/not-a-key/nothing.pdf')).status()).toBe(404);
});

test('unknown publications answer with the 404 page', async ({ page }) => {
  for (const path of ['/publications/no-such-publication', '/publications/Not%20A%20Slug']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters and the download links still work', async ({ page }) => {
    await page.goto('/publications');
    await page.getByLabel('Type').selectOption({ label: 'Report' });
    await page.getByLabel('Structure').selectOption({ label: 'OSCE Mission to Serbia' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/type=report/);
    await expect(page).toHaveURL(/structure=mission-to-serbia/);
    expect(await resultCount(page)).toBe(1);
    await page.getByRole('main').getByRole('link', { name: report.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title);
    await expect(page.getByRole('link', { name: downloadName })).toHaveCount(report.files.length);
  });
});
