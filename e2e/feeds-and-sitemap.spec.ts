import { XMLParser } from 'fast-xml-parser';
import { capturedItem, draftSlug, expect, test } from './fixtures';
import { sitemapUrls } from './sitemap';

const parser = new XMLParser({ ignoreAttributes: false });

test('the site feed is RSS 2.0 with the newest published items', async ({ request }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const xml = parser.parse(await response.text());
  expect(xml.rss['@_version']).toBe('2.0');
  const items = xml.rss.channel.item as { title: string; link: string; pubDate: string }[];
  expect(items.length).toBeGreaterThanOrEqual(20);
  for (const item of items) {
    expect(item.link).toMatch(/\/news\/[a-z0-9-]+$/);
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
  }
  expect(items.some((item) => item.link.endsWith(draftSlug))).toBe(false);
});

test('a field of work has its own feed', async ({ request }) => {
  const xml = parser.parse(await (await request.get('/fields-of-work/policing/feed.xml')).text());
  expect(xml.rss['@_version']).toBe('2.0');
  const items = [xml.rss.channel.item].flat() as { link: string }[];
  expect(items.some((item) => item.link.endsWith(capturedItem.slug))).toBe(true);
  expect((await request.get('/fields-of-work/nope/feed.xml')).status()).toBe(404);
});

test('the sitemap is an index of files that list public URLs and only published news', async ({ request }) => {
  const index = parser.parse(await (await request.get('/sitemap.xml')).text());
  const files = ([index.sitemapindex.sitemap].flat() as { loc: string }[]).map((entry) => new URL(entry.loc).pathname);
  expect(files).toEqual(['/sitemaps/pages.xml', '/sitemaps/news-1.xml']);
  expect((await request.get('/sitemaps/news-2.xml')).status()).toBe(404);
  const urls = await sitemapUrls(request);
  expect(urls.some((u) => u.endsWith(`/news/${capturedItem.slug}`))).toBe(true);
  expect(urls.some((u) => u.endsWith('/fields-of-work/policing'))).toBe(true);
  expect(urls.some((u) => u.endsWith('/about/leadership'))).toBe(true);
  expect(urls.some((u) => u.includes(draftSlug))).toBe(false);
  expect(urls.filter((u) => /\/news\/[^/]+$/.test(u)).length).toBeGreaterThanOrEqual(60);
});

test('robots.txt points to the sitemap and keeps crawlers out of the workspace', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain('Sitemap:');
  expect(text).toContain('Disallow: /editor');
});
