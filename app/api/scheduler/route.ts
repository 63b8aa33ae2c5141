import { timingSafeEqual } from 'node:crypto';
import { publishDueNewsItems } from '@/db/queries/news-publishing';
import { invalidateNewsChange } from '@/lib/cache-invalidation';
import { schedulerSecret } from '@/lib/scheduler/secret';

export const dynamic = 'force-dynamic';

function authorised(request: Request): boolean {
  const given = Buffer.from(request.headers.get('x-scheduler-secret') ?? '');
  const expected = Buffer.from(schedulerSecret());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Publishes every scheduled news item that is due (exactly once across instances) and drops its cached reads. */
export async function POST(request: Request) {
  if (!authorised(request)) return new Response('Forbidden', { status: 403 });
  const changes = await publishDueNewsItems();
  for (const change of changes) invalidateNewsChange(change, 'route');
  return Response.json({ published: changes.map((c) => c.id) });
}
