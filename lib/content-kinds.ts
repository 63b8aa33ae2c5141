// The kinds of content that go through the editorial workflow. Each declares what it is called, where its
// workspace is and the prefix of its permissions; everything generic (permissions, audit entries, dashboard,
// review queue, change feed) is derived from this list.

export const contentKinds = ['news_item', 'page', 'event', 'publication'] as const;
export type ContentKind = (typeof contentKinds)[number];

interface ContentKindInfo {
  singular: string;
  plural: string;
  /** Prefix of the kind's permissions in the matrix (lib/permissions.ts). */
  scope: string;
  /** Its workspace: the list, `/new` and `/[id]`. */
  editorPath: string;
  /** Its public pages: the listing, and `/<slug>` for each item. */
  publicPath: string;
}

export const contentKindInfo = {
  news_item: { singular: 'News item', plural: 'News items', scope: 'news', editorPath: '/editor/news', publicPath: '/news' },
  page: { singular: 'Page', plural: 'Pages', scope: 'pages', editorPath: '/editor/pages', publicPath: '/about' },
  event: { singular: 'Event', plural: 'Events', scope: 'events', editorPath: '/editor/events', publicPath: '/events' },
  publication: { singular: 'Publication', plural: 'Publications', scope: 'publications', editorPath: '/editor/publications', publicPath: '/publications' },
} as const satisfies Record<ContentKind, ContentKindInfo>;

export type ContentScope = (typeof contentKindInfo)[ContentKind]['scope'];

export function isContentKind(value: string): value is ContentKind {
  return (contentKinds as readonly string[]).includes(value);
}
