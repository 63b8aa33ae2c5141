import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { publishDueNewsItems } from '@/db/queries/news-publishing';
import { publishDuePages } from '@/db/queries/page-workflow';
import { cacheTags } from '@/lib/cache-tags';
import { invalidateNewsChange } from '@/lib/cache-invalidation';
import { schedulerSecret } from '@/lib/scheduler/secret';

export const dynamic = 'force-dynamic';

function authorised(request: Request): boolean {
  const given = Buffer.from(request.headers.get('x-scheduler-secret') ?? '');
  const expected = Buffer.from(schedulerSecret());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Publishes every scheduled news item and page that is due (exactly once across instances) and drops its cached reads. */
export async function POST(request: Request) {
  if (!authorised(request)) return new Response('Forbidden', { status: 403 });
  const changes = await publishDueNewsItems();
  for (const change of changes) invalidateNewsChange(change, 'route');
  const pages = await publishDuePages();
  if (pages > 0) revalidateTag(cacheTags.pages, { expire: 0 });
  return Response.json({ published: changes.map((c) => c.id), pages });
}
