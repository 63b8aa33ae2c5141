import 'server-only';
import { and, asc, desc, isNotNull, lte, sql } from 'drizzle-orm';
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

export interface FoundItem {
  slug: string;
  title: string;
  /** The lead, or a publication's summary. */
  summary: string;
}

/** Live items of a kind matching a web-search style query, best match first; any kind with a `search` column. */
export async function searchLiveItems(kind: ContentKind, q: string, limit = 5, db: Database = getDb()): Promise<FoundItem[]> {
  const live = workflowKinds[kind].live as unknown as Record<string, AnyPgColumn>;
  const query = sql`websearch_to_tsquery('english', ${q})`;
  return (await db
    .select({ slug: live.slug!, title: live.title!, summary: live.lead ?? live.summary! })
    .from(workflowKinds[kind].live)
    .where(and(isNotNull(live.publishedAt!), lte(live.publishedAt!, sql`now()`), sql`${live.search} @@ ${query}`))
    .orderBy(desc(sql`ts_rank_cd(${live.search}, ${query})`), asc(live.title!))
    .limit(limit)) as FoundItem[];
}
