import 'server-only';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ContentKind } from '@/lib/content-kinds';
import type { Executor, Transaction } from '../index';
import { contentSlugRedirects } from '../schema';

/**
 * Called when a revision goes live: a published item whose slug changes keeps answering (301) at the old one,
 * and the slug it now has redirects nowhere.
 */
export async function recordSlugChange(tx: Transaction, kind: ContentKind, itemId: number, wasLiveAt: string | null, slug: string) {
  if (wasLiveAt && wasLiveAt !== slug) {
    await tx
      .insert(contentSlugRedirects)
      .values({ kind, slug: wasLiveAt, itemId })
      .onConflictDoUpdate({ target: [contentSlugRedirects.kind, contentSlugRedirects.slug], set: { itemId } });
  }
  await tx.delete(contentSlugRedirects).where(and(eq(contentSlugRedirects.kind, kind), eq(contentSlugRedirects.slug, slug)));
}

/** The item an old slug of `kind` belongs to, if any. */
export async function findSlugRedirect(db: Executor, kind: ContentKind, slug: string): Promise<number | null> {
  const [row] = await db
    .select({ itemId: contentSlugRedirects.itemId })
    .from(contentSlugRedirects)
    .where(and(eq(contentSlugRedirects.kind, kind), eq(contentSlugRedirects.slug, slug)));
  return row?.itemId ?? null;
}

/** The old slugs of the given items. */
export async function oldSlugsOf(db: Executor, kind: ContentKind, itemIds: number[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({ id: contentSlugRedirects.itemId, slug: contentSlugRedirects.slug })
    .from(contentSlugRedirects)
    .where(and(eq(contentSlugRedirects.kind, kind), inArray(contentSlugRedirects.itemId, itemIds)));
}

/** True (in SQL) when `slug` is an old slug of an item of `kind` other than the one whose id is `itemId`. */
export function slugRedirectsToItem(kind: ContentKind, slug: string, itemId: SQL | number): SQL {
  return sql`exists (select 1 from ${contentSlugRedirects} s where s.kind = ${kind} and s.item_id = ${itemId} and s.slug = ${slug})`;
}
