import 'server-only';
import { and, asc, isNotNull, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ContentKind } from '@/lib/content-kinds';
import { getDb, type Database } from '../index';
import { workflowKinds } from '../workflow/kinds';

/** Every live item of a kind by slug, for the sitemap; any kind, from the workflow registry. */
export async function listLiveItems(kind: ContentKind, db: Database = getDb()): Promise<{ slug: string; updatedAt: Date }[]> {
  const live = workflowKinds[kind].live as unknown as Record<'id' | 'slug' | 'updatedAt' | 'publishedAt', AnyPgColumn>;
  return (await db
    .select({ slug: live.slug, updatedAt: live.updatedAt })
    .from(workflowKinds[kind].live)
    .where(and(isNotNull(live.publishedAt), lte(live.publishedAt, sql`now()`)))
    .orderBy(asc(live.id))) as { slug: string; updatedAt: Date }[];
}
