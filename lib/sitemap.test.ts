import { describe, expect, it } from 'vitest';
import { newsSitemapNumber, renderSitemapIndex, renderUrlSet, SITEMAP_URLS_PER_FILE, sitemapFileNames } from './sitemap';

describe('sitemap files', () => {
  it('splits the news into files of at most 50,000 URLs', () => {
    expect(SITEMAP_URLS_PER_FILE).toBe(50_000);
    expect(sitemapFileNames(0)).toEqual(['pages.xml', 'news-1.xml']);
    expect(sitemapFileNames(50_000)).toEqual(['pages.xml', 'news-1.xml']);
    expect(sitemapFileNames(50_001)).toEqual(['pages.xml', 'news-1.xml', 'news-2.xml']);
    expect(sitemapFileNames(100_000)).toHaveLength(3);
    expect(sitemapFileNames(7, 3)).toEqual(['pages.xml', 'news-1.xml', 'news-2.xml', 'news-3.xml']);
  });

  it('reads news file numbers and nothing else', () => {
    expect(newsSitemapNumber('news-1.xml')).toBe(1);
    expect(newsSitemapNumber('news-12.xml')).toBe(12);
    for (const name of ['news-0.xml', 'news-01.xml', 'news-1.xml.gz', 'news-1', 'pages.xml', 'news-9999999.xml']) {
      expect(newsSitemapNumber(name)).toBeNull();
    }
  });

  it('escapes addresses and writes dates in W3C format', () => {
    const xml = renderUrlSet([{ loc: 'https://example.org/a?b=1&c=<2>', lastModified: new Date('2026-03-04T05:06:07Z') }]);
    expect(xml).toContain('<loc>https://example.org/a?b=1&amp;c=&lt;2&gt;</loc><lastmod>2026-03-04T05:06:07.000Z</lastmod>');
    expect(renderSitemapIndex(['https://example.org/sitemaps/pages.xml'])).toContain(
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap><loc>https://example.org/sitemaps/pages.xml</loc></sitemap>',
    );
  });
});
