import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NewsItemDetail } from '@/db/queries/news';
import { newsArticleJsonLd } from './json-ld';
import { plainTextToRichText } from '@/lib/rich-text/normalize';
import { sampleMedia } from './media/sample-media';

function item(overrides: Partial<NewsItemDetail> = {}): NewsItemDetail {
  return {
    id: 1,
    slug: 'sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors',
    type: 'news_item',
    title: 'OSCE supports sixth meeting of Permanent Conference of Organized Crime Prosecutors',
    lead: 'Prosecutors met online.',
    body: plainTextToRichText('Body text.'),
    image: null,
    media: new Map(),
    issuedOn: '2021-04-27',
    publishedAt: new Date('2021-04-27T09:00:00Z'),
    updatedAt: new Date('2021-04-28T10:30:00Z'),
    issuedBy: [
      { slug: 'secretariat', name: 'OSCE Secretariat' },
      { slug: 'mission-to-serbia', name: 'OSCE Mission to Serbia' },
    ],
    fields: [{ slug: 'policing', name: 'Policing' }],
    countries: [{ slug: 'serbia', name: 'Serbia' }],
    ...overrides,
  };
}

describe('newsArticleJsonLd', () => {
  beforeAll(() => {
    vi.stubEnv('SITE_URL', 'https://www.example.org/');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('produces valid JSON describing a schema.org NewsArticle', () => {
    const data = JSON.parse(newsArticleJsonLd(item()));
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(item().title);
    expect(data.description).toBe('Prosecutors met online.');
    expect(data.datePublished).toBe('2021-04-27T09:00:00.000Z');
    expect(data.dateModified).toBe('2021-04-28T10:30:00.000Z');
    const url = 'https://www.example.org/news/sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors';
    expect(data.url).toBe(url);
    expect(data.mainEntityOfPage).toBe(url);
    expect(data.publisher).toMatchObject({ '@type': 'Organization', url: 'https://www.example.org/' });
    expect(data.about).toEqual([{ '@type': 'Thing', name: 'Policing' }]);
  });

  it('describes the lead image with an absolute URL, its size, caption and credit', () => {
    const image = sampleMedia(3, { caption: 'The opening session.', credit: 'OSCE/Mission to Serbia' });
    expect(JSON.parse(newsArticleJsonLd(item({ image }))).image).toEqual({
      '@type': 'ImageObject',
      url: 'https://www.example.org/media/3-1200.jpg',
      width: 1200,
      height: 600,
      caption: 'The opening session.',
      creditText: 'OSCE/Mission to Serbia',
    });
    expect(JSON.parse(newsArticleJsonLd(item())).image).toBeUndefined();
  });

  it('lists the issuing structures, in order, as Organization authors', () => {
    const data = JSON.parse(newsArticleJsonLd(item()));
    expect(Array.isArray(data.author)).toBe(true);
    expect(data.author).toEqual([
      { '@type': 'Organization', name: 'OSCE Secretariat', url: 'https://www.example.org/structures/secretariat' },
      {
        '@type': 'Organization',
        name: 'OSCE Mission to Serbia',
        url: 'https://www.example.org/structures/mission-to-serbia',
      },
    ]);
  });

  it('gives an empty author array when no structure issued the item', () => {
    expect(JSON.parse(newsArticleJsonLd(item({ issuedBy: [] }))).author).toEqual([]);
  });

  it('escapes "<" so that a hostile title cannot close the script element', () => {
    const title = 'Breaking</script><script>alert(1)</script>';
    const lead = '<!-- comment --> a < b';
    const json = newsArticleJsonLd(item({ title, lead, issuedBy: [{ slug: 'x', name: '</SCRIPT>' }] }));
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
    const data = JSON.parse(json);
    expect(data.headline).toBe(title);
    expect(data.description).toBe(lead);
    expect(data.author[0].name).toBe('</SCRIPT>');
  });
});
