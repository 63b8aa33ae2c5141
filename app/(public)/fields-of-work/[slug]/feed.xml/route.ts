import { cachedFeedEntries, cachedFieldOfWork } from '@/db/queries/published';
import { renderRssFeed, rssResponse } from '@/lib/feed';
import { siteName } from '@/lib/site';

// Served from the page cache like the pages (see app/(public)/layout.tsx); rendered on first request.
export const revalidate = 60;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const field = await cachedFieldOfWork(slug);
  if (!field) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  const entries = await cachedFeedEntries(field.slug);
  return rssResponse(
    renderRssFeed({
      title: `${siteName}: ${field.name}`,
      description: field.description,
      pagePath: `/fields-of-work/${field.slug}`,
      feedPath: `/fields-of-work/${field.slug}/feed.xml`,
      entries,
    }),
  );
}
