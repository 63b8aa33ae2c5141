import { checkReadiness } from '@/db/queries/readiness';

export const dynamic = 'force-dynamic';

/** Readiness for a load balancer: 200 when the database answers and is fully migrated, 503 otherwise. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
