import type { Page } from '@playwright/test';
import { capturedItem, draftSlug, expect, expectNoAxeViolations, test } from './fixtures';

async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('#result-count').textContent()) ?? '';
  const match = text.replace(/,/g, '').match(/(\d+) results?/);
  expect(match, `result count in "${text}"`).not.toBeNull();
  return Number(match![1]);
}

function cards(page: Page) {
  return page.getByRole('main').getByRole('article');
}

test('the listing shows every published item, newest first, with a count and pages', async ({ page, visit }) => {
  await visit('/news');
  const total = await resultCount(page);
  expect(total).toBeGreaterThanOrEqual(60);
  await expect(cards(page)).toHaveCount(20);
  const dates = await cards(page).locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect([...dates].sort().reverse()).toEqual(dates);
  await expect(page.getByRole('link', { name: 'News feed (RSS)' }).first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator('[aria-current="page"]', { hasText: '2' })).toBeVisible();
  const secondPageFirst = await cards(page).first().getByRole('heading').textContent();
  expect(dates.length).toBe(20);
  await page.goto('/news?page=1');
  await expect(cards(page).first().getByRole('heading')).not.toHaveText(secondPageFirst!);
});

test('moving between the cached first page and later pages always shows the page asked for', async ({ page, visit }) => {
  // /news is one cached page; /news?page=N is rendered by another route. The client-side router must never
  // show one for the other, whichever way the visitor goes.
  await visit('/news?page=2');
  const secondPageFirst = await cards(page).first().getByRole('heading').textContent();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('link', { name: 'All news' }).click();
  await expect(page).toHaveURL(/\/news$/);
  await expect(page.locator('[aria-current="page"]', { hasText: '1' })).toBeVisible();
  const firstPageFirst = await cards(page).first().getByRole('heading').textContent();
  expect(firstPageFirst).not.toBe(secondPageFirst);
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Page 2', exact: true }).click();
  await expect(page.locator('[aria-current="page"]', { hasText: '2' })).toBeVisible();
  await expect(cards(page).first().getByRole('heading')).toHaveText(secondPageFirst!);
  await page.goBack();
  await expect(page.locator('[aria-current="page"]', { hasText: '1' })).toBeVisible();
  await expect(cards(page).first().getByRole('heading')).toHaveText(firstPageFirst!);
});

const filters = [
  { name: 'field', query: 'field=policing', check: 'Policing' },
  { name: 'structure', query: 'structure=mission-to-serbia', check: 'OSCE Mission to Serbia' },
  { name: 'type', query: 'type=statement', check: 'Statement' },
];

for (const filter of filters) {
  test(`the ${filter.name} filter narrows the listing`, async ({ page, visit }) => {
    await visit('/news');
    const all = await resultCount(page);
    await visit(`/news?${filter.query}`);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    if (filter.name !== 'field') {
      for (const card of await cards(page).all()) await expect(card).toContainText(filter.check);
    }
  });
}

test('the country filter shows only items about that country', async ({ page, visit }) => {
  await visit('/news?country=serbia');
  const count = await resultCount(page);
  expect(count).toBeGreaterThan(0);
  await cards(page).first().getByRole('link').click();
  await expect(page.getByRole('complementary')).toContainText('Serbia');
});

test('date filters keep items inside the range', async ({ page, visit }) => {
  await visit('/news?from=2024-01-01&to=2024-12-31');
  expect(await resultCount(page)).toBeGreaterThan(0);
  const dates = await cards(page).locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  for (const date of dates) expect(date >= '2024-01-01' && date <= '2024-12-31', date).toBe(true);
});

test('filters combine through the form and the URL keeps them', async ({ page, visit }) => {
  await visit('/news');
  await page.getByLabel('Field of work').selectOption({ label: 'Policing' });
  await page.getByLabel('Issued by').selectOption({ label: 'OSCE Mission to Serbia' });
  await page.getByLabel('Issued from').fill('2021-01-01');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/field=policing/);
  await expect(page).toHaveURL(/structure=mission-to-serbia/);
  const combined = await resultCount(page);
  expect(combined).toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: capturedItem.title })).toBeVisible();
  await page.goto('/news?field=policing');
  expect(await resultCount(page)).toBeGreaterThanOrEqual(combined);
  await page.goto('/news?field=policing&structure=mission-to-serbia&type=statement&from=2021-01-01');
  expect(await resultCount(page)).toBeLessThanOrEqual(combined);
});

test('full-text search ranks matches and highlights the matched words', async ({ page, visit }) => {
  await visit('/news?q=water');
  expect(await resultCount(page)).toBeGreaterThan(1);
  const marks = page.getByRole('main').locator('article mark');
  await expect(marks.first()).toBeVisible();
  await expect(marks.first()).toHaveText(/^water/i);
  await expect(page.getByLabel('Search news')).toHaveValue('water');
});

test('an empty result shows an empty state', async ({ page, visit }) => {
  await visit('/news?q=zzzyxxqnotaword');
  expect(await resultCount(page)).toBe(0);
  await expect(page.getByRole('heading', { name: 'No news found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Show all news' })).toBeVisible();
});

const malformed = [
  { name: 'a negative page', query: 'page=-1', message: 'The page number was not valid' },
  { name: 'a page that is no number and a date that does not exist', query: 'page=abc&from=2021-13-45', message: 'The "from" date is not a valid date' },
  { name: 'a search of 5000 characters', query: `q=${'a'.repeat(5000)}`, message: 'Search terms are limited to 200 characters' },
  { name: 'a search of stop words only', query: 'q=the%20and%20of', message: 'too common to search for' },
  { name: 'a search of punctuation only', query: 'q=%21%21%3F%3F' },
  { name: 'a search that looks like SQL', query: 'q=%27%3B%20drop%20table%20news_items%3B%20--' },
  { name: 'an unknown field of work', query: 'field=does-not-exist', message: 'No field of work is called "does-not-exist"' },
];

// One test per address: each visit runs axe, which takes seconds on a busy machine.
test.describe('malformed parameters are ignored with a message, never a server error', () => {
  for (const { name, query, message } of malformed) {
    test(name, async ({ page, visit }) => {
      await visit(`/news?${query}`);
      if (message) await expect(page.getByText(message)).toBeVisible();
    });
  }

  test('the listing is whole afterwards', async ({ page, visit }) => {
    await visit('/news');
    expect(await resultCount(page)).toBeGreaterThanOrEqual(60);
  });
});

test('HTML in the query is shown as text, never run', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto('/news?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E');
  await expect(page.getByLabel('Search news')).toHaveValue('<script>alert(1)</script><img src=x onerror=alert(2)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test('a deep page beyond the last one still renders', async ({ page, visit }) => {
  await visit('/news?page=9999');
  await expect(page.getByText('There are no results on this page.')).toBeVisible();
});

test('the news item page shows its metadata, body, related items and JSON-LD', async ({ page, visit }) => {
  await visit(`/news/${capturedItem.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(capturedItem.title);
  const meta = page.getByRole('complementary', { name: 'About this news item' });
  await expect(meta.getByText('Issued on:')).toBeVisible();
  await expect(meta).toContainText('27 April 2021');
  await expect(meta.getByText('Issued by:')).toBeVisible();
  for (const name of capturedItem.issuedBy) await expect(meta.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(meta.getByText('Fields of work:')).toBeVisible();
  await expect(meta.getByRole('link', { name: 'Policing' })).toHaveAttribute('href', '/fields-of-work/policing');
  await expect(page.getByRole('heading', { name: 'Related news' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('News');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/news/${capturedItem.slug}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('NewsArticle');
  expect(jsonLd.headline).toBe(capturedItem.title);
  expect(jsonLd.author.map((a: { name: string; '@type': string }) => `${a['@type']}:${a.name}`)).toEqual(
    capturedItem.issuedBy.map((name) => `Organization:${name}`),
  );
});

test('unknown and unpublished items answer with the 404 page', async ({ page }) => {
  for (const path of ['/news/no-such-item', `/news/${draftSlug}`, '/no/such/page', '/fields-of-work/nope', '/countries/nope', '/structures/nope', '/meetings/nope', '/about/nope']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
