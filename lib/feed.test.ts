import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedEntry } from '@/db/queries/news';
import { sampleMedia } from '@/lib/media/sample-media';
import { renderRssFeed, rssResponse } from './feed';
import { plainTextToRichText } from './rich-text/normalize';

const photo = sampleMedia(7);

const entries: FeedEntry[] = [
  {
    slug: 'newest-item',
    title: 'Newest item',
    lead: 'The newest lead.',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'A <b>bold</b> claim & more.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Read the report', marks: [{ type: 'link', attrs: { href: '/about/our-history' } }] }] },
        { type: 'image', attrs: { mediaId: 7, alt: 'Ballot papers', caption: '' } },
      ],
    },
    image: photo,
    media: new Map([[7, photo]]),
    publishedAt: new Date('2022-02-08T09:00:00Z'),
    issuedOn: '2022-02-08',
    issuedBy: [{ slug: 'secretariat', name: 'OSCE Secretariat' }],
  },
  {
    slug: 'older-item',
    title: 'Older item',
    lead: 'The older lead.',
    body: plainTextToRichText('Plain body.'),
    image: null,
    media: new Map(),
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

  it('renders the body through the allow-list: text escaped, links and images with absolute URLs', () => {
    const { items } = render();
    const content = items[0]?.['content:encoded'];
    expect(content).toContain('<p>A &lt;b&gt;bold&lt;/b&gt; claim &amp; more.</p>');
    expect(content).toContain('<a href="https://www.example.org/about/our-history">Read the report</a>');
    expect(content).toContain('src="https://www.example.org/media/7-1200.jpg"');
    expect(content).toContain('alt="Ballot papers"');
    expect(content).not.toContain('<b>');
    expect(items[1]?.['content:encoded']).toBe('<p>Plain body.</p>');
  });

  it('carries the lead image as an enclosure', () => {
    const { doc } = render();
    expect(doc.rss.channel.item[0].enclosure).toMatchObject({ '@_url': 'https://www.example.org/media/7-1200.jpg', '@_type': 'image/jpeg' });
    expect(doc.rss.channel.item[1].enclosure).toBeUndefined();
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
