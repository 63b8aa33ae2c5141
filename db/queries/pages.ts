import 'server-only';
import { and, asc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { getDb, type Database } from '../index';
import { contentSlugRedirects, pages } from '../schema';
import { getMediaLookup } from './media';

const live = () => and(isNotNull(pages.publishedAt), lte(pages.publishedAt, sql`now()`));

const summary = { id: pages.id, slug: pages.slug, title: pages.title, lead: pages.lead, parentId: pages.parentId };

export async function listPublishedPages(db: Database = getDb()) {
  return db.select(summary).from(pages).where(live()).orderBy(asc(pages.position), asc(pages.title));
}

export async function getPublishedPageBySlug(slug: string, db: Database = getDb()) {
  const [page] = await db
    .select({ ...summary, body: pages.body, updatedAt: pages.updatedAt })
    .from(pages)
    .where(and(eq(pages.slug, slug), live()));
  if (!page) return null;
  const [children, parents, media] = await Promise.all([
    db.select(summary).from(pages).where(and(eq(pages.parentId, page.id), live())).orderBy(asc(pages.position)),
    page.parentId
      ? db.select(summary).from(pages).where(and(eq(pages.id, page.parentId), live()))
      : Promise.resolve([]),
    getMediaLookup(mediaIdsInRichText(page.body), db),
  ]);
  return { ...page, media, children, parent: parents[0] ?? null };
}

/** The current slug of the live page that once answered at `slug`, if any. */
export async function getPageSlugRedirect(slug: string, db: Database = getDb()): Promise<string | null> {
  const [row] = await db
    .select({ slug: pages.slug })
    .from(contentSlugRedirects)
    .innerJoin(pages, eq(pages.id, contentSlugRedirects.itemId))
    .where(and(eq(contentSlugRedirects.kind, 'page'), eq(contentSlugRedirects.slug, slug), live()));
  return row?.slug ?? null;
}
