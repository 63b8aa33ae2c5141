import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedEntry } from '@/db/queries/news';
import { renderRssFeed, rssResponse } from './feed';

const entries: FeedEntry[] = [
  {
    slug: 'newest-item',
    title: 'Newest item',
    lead: 'The newest lead.',
    body: 'A <b>bold</b> claim & more.\n\nSecond paragraph.',
    publishedAt: new Date('2022-02-08T09:00:00Z'),
    issuedOn: '2022-02-08',
    issuedBy: [{ slug: 'secretariat', name: 'OSCE Secretariat' }],
  },
  {
    slug: 'older-item',
    title: 'Older item',
    lead: 'The older lead.',
    body: 'Plain body.',
    publishedAt: new Date('2021-04-27T09:00:00Z'),
    issuedOn: '2021-04-27',
    issuedBy: [],
  },
];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });

interface RssItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  description: string;
  'content:encoded': string;
}

function render(list: FeedEntry[] = entries) {
  const xml = renderRssFeed({
    title: 'OSCE news',
    description: 'Latest news',
    pagePath: '/news',
    feedPath: '/news/feed.xml',
    entries: list,
  });
  const doc = parser.parse(xml);
  const raw = doc.rss.channel.item;
  const items: RssItem[] = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return { xml, doc, items };
}

const guidText = (guid: RssItem['guid']) => (typeof guid === 'string' ? guid : guid['#text']);

describe('renderRssFeed', () => {
  beforeAll(() => {
    vi.stubEnv('SITE_URL', 'https://www.example.org');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('produces an RSS 2.0 document with the channel title and page link', () => {
    const { doc } = render();
    expect(doc.rss['@_version']).toBe('2.0');
    expect(doc.rss.channel.title).toBe('OSCE news');
    expect(doc.rss.channel.description).toBe('Latest news');
    expect(doc.rss.channel.link).toBe('https://www.example.org/news');
  });

  it('has one item per entry, in order, linking to the news page', () => {
    const { items } = render();
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.title)).toEqual(['Newest item', 'Older item']);
    expect(items[0]?.link).toBe('https://www.example.org/news/newest-item');
    expect(guidText(items[0]!.guid)).toBe('https://www.example.org/news/newest-item');
    expect(items[1]?.link).toBe('https://www.example.org/news/older-item');
    expect(guidText(items[1]!.guid)).toBe('https://www.example.org/news/older-item');
    expect(items[0]?.description).toBe('The newest lead.');
  });

  it('escapes HTML in the plain-text body before it becomes the item content', () => {
    const { items } = render();
    const content = items[0]?.['content:encoded'];
    expect(content).toBe('<p>A &lt;b&gt;bold&lt;/b&gt; claim &amp; more.</p><p>Second paragraph.</p>');
    expect(content).not.toContain('<b>');
  });

  it('keeps titles with markup or CDATA terminators intact after parsing', () => {
    const title = 'Tricky ]]> title & <i>tags</i>';
    const { items } = render([{ ...entries[1]!, title }]);
    expect(items[0]?.title).toBe(title);
  });

  it('renders a valid, empty channel when there are no entries', () => {
    const { doc, items } = render([]);
    expect(doc.rss['@_version']).toBe('2.0');
    expect(items).toHaveLength(0);
  });
});

describe('rssResponse', () => {
  it('serves the XML with the RSS content type', async () => {
    const response = rssResponse('<rss/>');
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(await response.text()).toBe('<rss/>');
  });
});
