import 'server-only';
import { and, eq, lte, sql } from 'drizzle-orm';
import { getDb, type Database, type Transaction } from '../index';
import {
  auditLog,
  newsItemCountries,
  newsItemFields,
  newsItemStructures,
  newsItems,
  newsRevisions,
  type NewsItem,
  type NewsRevision,
} from '../schema';
import { recordSlugChange } from './slug-redirects';

/** What publishing changed, so the caller can invalidate exactly those cache entries. */
export interface PublishedChange {
  id: number;
  slugs: string[];
}

/**
 * Makes a revision the live version: copies its content and terms into the live columns and tables. A changed
 * slug keeps answering (301) from the old one.
 */
export async function publishRevision(tx: Transaction, item: NewsItem, revision: NewsRevision, at: Date): Promise<PublishedChange> {
  const slugs = new Set([item.slug, revision.slug]);
  await recordSlugChange(tx, 'news_item', item.id, item.publishedAt ? item.slug : null, revision.slug);

  await tx
    .update(newsItems)
    .set({
      slug: revision.slug,
      type: revision.type,
      title: revision.title,
      lead: revision.lead,
      body: revision.body,
      imageId: revision.imageId,
      issuedOn: revision.issuedOn,
      publishedAt: item.publishedAt ?? at,
      publishedRevision: revision.number,
      publishAt: null,
      updatedAt: at,
    })
    .where(eq(newsItems.id, item.id));

  await tx.delete(newsItemStructures).where(eq(newsItemStructures.newsItemId, item.id));
  await tx.delete(newsItemFields).where(eq(newsItemFields.newsItemId, item.id));
  await tx.delete(newsItemCountries).where(eq(newsItemCountries.newsItemId, item.id));
  if (revision.structureIds.length) {
    await tx
      .insert(newsItemStructures)
      .values(revision.structureIds.map((structureId, position) => ({ newsItemId: item.id, structureId, position })));
  }
  if (revision.fieldIds.length) {
    await tx.insert(newsItemFields).values(revision.fieldIds.map((fieldId) => ({ newsItemId: item.id, fieldId })));
  }
  if (revision.countryIds.length) {
    await tx.insert(newsItemCountries).values(revision.countryIds.map((countryId) => ({ newsItemId: item.id, countryId })));
  }
  return { id: item.id, slugs: [...slugs] };
}

export async function getRevision(tx: Transaction | Database, itemId: number, number: number): Promise<NewsRevision | undefined> {
  const [revision] = await tx
    .select()
    .from(newsRevisions)
    .where(and(eq(newsRevisions.newsItemId, itemId), eq(newsRevisions.number, number)));
  return revision;
}

/**
 * Publishes every scheduled item whose time has come. Rows are claimed with FOR UPDATE SKIP LOCKED, and the
 * status is re-checked under the lock, so several app instances running this at once publish each item once.
 */
export async function publishDueNewsItems(now = new Date(), db: Database = getDb()): Promise<PublishedChange[]> {
  const changes: PublishedChange[] = [];
  for (;;) {
    const change = await db.transaction(async (tx) => {
      const [item] = await tx
        .select()
        .from(newsItems)
        .where(and(eq(newsItems.status, 'scheduled'), lte(newsItems.publishAt, now)))
        .orderBy(newsItems.publishAt)
        .limit(1)
        .for('update', { skipLocked: true });
      if (!item) return null;
      const revision = await getRevision(tx, item.id, item.version);
      if (!revision) throw new Error(`News item ${item.id} has no revision ${item.version}`);
      const published = await publishRevision(tx, item, revision, item.publishAt ?? now);
      await tx.update(newsItems).set({ status: 'published' }).where(eq(newsItems.id, item.id));
      await tx.insert(auditLog).values({
        entityType: 'news_item',
        entityId: item.id,
        action: 'publish_scheduled',
        fromStatus: 'scheduled',
        toStatus: 'published',
        revision: revision.number,
        comment: null,
        actorId: null,
      });
      return published;
    });
    if (!change) return changes;
    changes.push(change);
  }
}

/** The next time a scheduled item goes live, if any (used to bound how long public reads are cached). */
export async function getNextScheduledPublication(db: Database = getDb()): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | null>`min(${newsItems.publishAt})` })
    .from(newsItems)
    .where(eq(newsItems.status, 'scheduled'));
  return row?.at ? new Date(row.at) : null;
}
