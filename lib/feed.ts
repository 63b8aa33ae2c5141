import { Feed } from 'feed';
import type { FeedEntry } from '@/db/queries/news';
import { escapeHtml, renderRichTextHtml } from './rich-text/html';
import { absoluteUrl, siteName } from './site';

interface FeedOptions {
  title: string;
  description: string;
  /** Site-relative path of the HTML page the feed belongs to. */
  pagePath: string;
  /** Site-relative path of the feed itself. */
  feedPath: string;
  entries: FeedEntry[];
}

/** An RSS 2.0 document for published news items. */
export function renderRssFeed({ title, description, pagePath, feedPath, entries }: FeedOptions): string {
  const feed = new Feed({
    title,
    description,
    id: absoluteUrl(pagePath),
    link: absoluteUrl(pagePath),
    language: 'en',
    copyright: `© ${siteName}`,
    updated: entries[0]?.publishedAt ?? new Date(0),
    feedLinks: { rss: absoluteUrl(feedPath) },
    generator: siteName,
  });
  for (const entry of entries) {
    const url = absoluteUrl(`/news/${entry.slug}`);
    feed.addItem({
      title: entry.title,
      id: url,
      link: url,
      // RSS descriptions are read as HTML: the plain-text lead is escaped first.
      description: escapeHtml(entry.lead),
      // Rendered from the stored document through the same allow-list as the page; every text is escaped.
      content: renderRichTextHtml(entry.body, entry.media, absoluteUrl),
      image: entry.image
        ? { url: absoluteUrl(entry.image.shareImage.url), type: entry.image.shareImage.contentType }
        : undefined,
      date: entry.publishedAt,
      // RSS <author> must be an e-mail address; the issuing structures travel as categories instead.
      category: entry.issuedBy.map((s) => ({ name: s.name, domain: absoluteUrl(`/structures/${s.slug}`) })),
    });
  }
  return feed.rss2();
}

export function rssResponse(xml: string): Response {
  return new Response(xml, {
    // Feeds are cached like pages; Next.js sets the Cache-Control header from the route's revalidate time.
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
}
