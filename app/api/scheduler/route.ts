import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { getPublicChangesSince } from '@/db/queries/change-feed';
import { publishDueNewsItems } from '@/db/queries/news-publishing';
import { publishDuePages } from '@/db/queries/page-workflow';
import { cacheTags } from '@/lib/cache-tags';
import { invalidateNewsChange } from '@/lib/cache-invalidation';
import { schedulerSecret } from '@/lib/scheduler/secret';

export const dynamic = 'force-dynamic';

const cursorKey = Symbol.for('osce-publishing.change-cursor');
type GlobalWithCursor = typeof globalThis & { [cursorKey]?: number };

function authorised(request: Request): boolean {
  const given = Buffer.from(request.headers.get('x-scheduler-secret') ?? '');
  const expected = Buffer.from(schedulerSecret());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * One scheduler tick: publishes every scheduled news item and page that is due (exactly once across instances),
 * then drops this instance's cached reads of everything any instance published, unpublished or renamed since
 * the last tick.
 */
export async function POST(request: Request) {
  if (!authorised(request)) return new Response('Forbidden', { status: 403 });
  const published = await publishDueNewsItems();
  const pages = await publishDuePages();

  const g = globalThis as GlobalWithCursor;
  const changes = await getPublicChangesSince(g[cursorKey] ?? null);
  g[cursorKey] = changes.lastId;
  for (const change of [...published, ...changes.news]) invalidateNewsChange(change, 'route');
  if (pages > 0 || changes.pages) revalidateTag(cacheTags.pages, { expire: 0 });
  if (changes.media) revalidateTag(cacheTags.media, { expire: 0 });
  if (changes.taxonomy) {
    revalidateTag(cacheTags.taxonomy, { expire: 0 });
    revalidateTag(cacheTags.newsLists, { expire: 0 });
  }
  return Response.json({ published: published.map((c) => c.id), pages, seen: changes.lastId });
}
