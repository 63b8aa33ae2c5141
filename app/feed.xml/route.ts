import { cachedFeedEntries } from '@/db/queries/published';
import { renderRssFeed, rssResponse } from '@/lib/feed';
import { siteName } from '@/lib/site';

// Served from the page cache like the public pages (see app/(public)/layout.tsx).
export const revalidate = 60;

export async function GET() {
  const entries = await cachedFeedEntries();
  return rssResponse(
    renderRssFeed({
      title: `${siteName}: news`,
      description: 'News items, press releases and statements.',
      pagePath: '/news',
      feedPath: '/feed.xml',
      entries,
    }),
  );
}
