import type { ContentKind } from './content-kinds';

// Every cache tag the public reads declare; mutations invalidate by the same names.
export const cacheTags = {
  /** Every listing, feed, sitemap and count built from news items. */
  newsLists: 'news-lists',
  newsItem: (id: number) => `news-item:${id}`,
  newsSlug: (slug: string) => `news-slug:${slug}`,
  /** Fields of work, countries, structures and meeting series (and the navigation built from them). */
  taxonomy: 'taxonomy',
  pages: 'pages',
  /** Every event page, listing and calendar, and the meeting series pages that list events. */
  events: 'events',
  /** Every publication page and listing. */
  publications: 'publications',
  /** Image details (alt text, caption, credit) and renditions that public pages show. */
  media: 'media',
} as const;

/** The tag of every public listing of a kind, dropped whenever an item of it is published or unpublished. */
export const kindListTag: Record<ContentKind, string> = {
  news_item: cacheTags.newsLists,
  page: cacheTags.pages,
  event: cacheTags.events,
  publication: cacheTags.publications,
};
