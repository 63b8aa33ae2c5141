import { cachedFeedEntries } from '@/db/queries/published';
import { renderRssFeed, rssResponse } from '@/lib/feed';
import { siteName } from '@/lib/site';

export const dynamic = 'force-dynamic';

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
