import 'server-only';
import { and, eq, gt, inArray, max } from 'drizzle-orm';
import { getDb, type Database } from '../index';
import { auditLog, newsItems, newsSlugRedirects } from '../schema';

/** Audit actions that change what the public site shows. */
const publicChanges = ['approve', 'unpublish', 'publish_scheduled', 'update_term', 'update_media', 'delete_media'];

export interface PublicChanges {
  lastId: number;
  news: { id: number; slugs: string[] }[];
  pages: boolean;
  taxonomy: boolean;
  /** Image details or renditions that pages show. */
  media: boolean;
}

/**
 * What changed on the public site since audit entry `afterId`, whichever instance made the change. Every app
 * instance polls this, so each drops its own cached reads within one tick of a change made elsewhere.
 */
export async function getPublicChangesSince(afterId: number | null, db: Database = getDb()): Promise<PublicChanges> {
  if (afterId === null) {
    const [row] = await db.select({ id: max(auditLog.id) }).from(auditLog);
    return { lastId: row?.id ?? 0, news: [], pages: false, taxonomy: false, media: false };
  }
  const entries = await db
    .select({ id: auditLog.id, entityType: auditLog.entityType, entityId: auditLog.entityId })
    .from(auditLog)
    .where(and(gt(auditLog.id, afterId), inArray(auditLog.action, publicChanges)));
  const lastId = entries.reduce((m, e) => Math.max(m, e.id), afterId);
  const newsIds = [...new Set(entries.filter((e) => e.entityType === 'news_item').map((e) => e.entityId))];
  const news = await Promise.all(
    newsIds.map(async (id) => {
      const [item] = await db.select({ slug: newsItems.slug }).from(newsItems).where(eq(newsItems.id, id));
      const old = await db.select({ slug: newsSlugRedirects.slug }).from(newsSlugRedirects).where(eq(newsSlugRedirects.newsItemId, id));
      return { id, slugs: [...(item ? [item.slug] : []), ...old.map((o) => o.slug)] };
    }),
  );
  return {
    lastId,
    news,
    pages: entries.some((e) => e.entityType === 'page'),
    taxonomy: entries.some((e) => !['news_item', 'page', 'media'].includes(e.entityType)),
    media: entries.some((e) => e.entityType === 'media'),
  };
}
