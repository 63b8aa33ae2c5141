import 'server-only';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/highlight';
import type { MediaForRender, MediaLookup } from '@/lib/media/types';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { NewsFilters } from '@/lib/validation/news-filters';
import { getDb, type Database } from '../index';
import {
  contentSlugRedirects,
  countries,
  fieldsOfWork,
  newsItemCountries,
  newsItemFields,
  newsItemStructures,
  newsItems,
  structures,
  type NewsType,
} from '../schema';
import { getMediaLookup } from './media';
import { countNewsQuery, filterConditions, isLive, NEWS_COUNT_LIMIT, pageIdsQuery, relatedNewsQuery, tsQuery, withSearchPlans } from './news-sql';

export { isLive, NEWS_COUNT_LIMIT };

export const NEWS_PAGE_SIZE = 20;

export interface TermRef {
  slug: string;
  name: string;
}

export interface NewsCard {
  id: number;
  slug: string;
  type: NewsType;
  title: string;
  lead: string;
  issuedOn: string;
  issuedBy: TermRef[];
  fields: TermRef[];
  /** The lead image ("Image"). */
  image: MediaForRender | null;
}

/** Swaps each row's image id for the image itself (one query for all of them). */
async function withImages<T extends { imageId: number | null }>(db: Database, rows: T[], extra: number[] = []) {
  const media = await getMediaLookup([...rows.flatMap((row) => (row.imageId ? [row.imageId] : [])), ...extra], db);
  const items = rows.map(({ imageId, ...row }) => ({ ...row, image: (imageId && media.get(imageId)) || null }));
  return { items, media };
}

export interface NewsPage {
  items: NewsCard[];
  /** The number of matches, or NEWS_COUNT_LIMIT (or more on deep pages) when there are more than that. */
  total: number;
  /** True when there are more matches than `total`: the count stopped there (show "10,000+"). */
  totalIsLowerBound: boolean;
  page: number;
  pageCount: number;
  /** True when the search words were all stop words or punctuation, so the search was not applied. */
  queryIgnored: boolean;
}

/** True when the words of `q` leave something to search for (not only stop words or punctuation). */
export async function hasSearchableTerms(q: string, db: Database = getDb()): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`numnode(${tsQuery(q)})` }).from(sql`(select 1) as one`);
  return (row?.n ?? 0) > 0;
}

async function termsFor(db: Database, ids: number[]) {
  if (ids.length === 0) return { issuedBy: new Map<number, TermRef[]>(), fields: new Map<number, TermRef[]>() };
  const [structureRows, fieldRows] = await Promise.all([
    db
      .select({ itemId: newsItemStructures.newsItemId, slug: structures.slug, name: structures.name })
      .from(newsItemStructures)
      .innerJoin(structures, eq(structures.id, newsItemStructures.structureId))
      .where(inArray(newsItemStructures.newsItemId, ids))
      .orderBy(asc(newsItemStructures.position)),
    db
      .select({ itemId: newsItemFields.newsItemId, slug: fieldsOfWork.slug, name: fieldsOfWork.name })
      .from(newsItemFields)
      .innerJoin(fieldsOfWork, eq(fieldsOfWork.id, newsItemFields.fieldId))
      .where(inArray(newsItemFields.newsItemId, ids))
      .orderBy(asc(fieldsOfWork.position)),
  ]);
  const group = (rows: { itemId: number; slug: string; name: string }[]) => {
    const map = new Map<number, TermRef[]>();
    for (const { itemId, slug, name } of rows) map.set(itemId, [...(map.get(itemId) ?? []), { slug, name }]);
    return map;
  };
  return { issuedBy: group(structureRows), fields: group(fieldRows) };
}

/**
 * One page of published news, newest first (or best match first when searching).
 * Ids are paged first on the narrow index, then the page's rows are fetched, so deep pages stay cheap.
 */
export async function listPublishedNews(
  filters: NewsFilters,
  page: number,
  pageSize = NEWS_PAGE_SIZE,
  db: Database = getDb(),
): Promise<NewsPage> {
  const queryIgnored = filters.q ? !(await hasSearchableTerms(filters.q, db)) : false;
  const useQuery = Boolean(filters.q) && !queryIgnored;
  // The count reads no further than the limit, which grows with the page asked for so that "next" keeps working.
  const countLimit = Math.max(NEWS_COUNT_LIMIT, (page + 10) * pageSize);
  // The count and the page are read side by side: the page's offset stays within the count's limit, so asking
  // for a page past the end costs no more than counting.
  const read = async (db: Database) => {
    const [[countRow], found] = await Promise.all([
      countNewsQuery(db, filters, useQuery, countLimit),
      pageIdsQuery(db, filters, useQuery, page, pageSize),
    ]);
    const counted = countRow?.n ?? 0;
    const total = Math.min(counted, countLimit);
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    const ids = total === 0 || page > pageCount ? [] : found.map((row) => row.id);
    return { total, totalIsLowerBound: counted > countLimit, pageCount, ids };
  };
  const { total, totalIsLowerBound, pageCount, ids } = useQuery ? await withSearchPlans(db, read) : await read(db);
  if (ids.length === 0) return { items: [], total, totalIsLowerBound, page, pageCount, queryIgnored };

  const lead = useQuery
    ? sql<string>`ts_headline('english', ${newsItems.lead}, ${tsQuery(filters.q!)}, ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`})`
    : sql<string>`${newsItems.lead}`;
  const [rows, terms] = await Promise.all([
    db
      .select({
        id: newsItems.id,
        slug: newsItems.slug,
        type: newsItems.type,
        title: newsItems.title,
        lead,
        issuedOn: newsItems.issuedOn,
        imageId: newsItems.imageId,
      })
      .from(newsItems)
      .where(inArray(newsItems.id, ids)),
    termsFor(db, ids),
  ]);
  const byId = new Map((await withImages(db, rows)).items.map((row) => [row.id, row]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, issuedBy: terms.issuedBy.get(id) ?? [], fields: terms.fields.get(id) ?? [] }] : [];
  });
  return { items, total, totalIsLowerBound, page, pageCount, queryIgnored };
}

export interface NewsItemDetail extends NewsCard {
  body: RichTextDoc;
  /** The images of the body and the lead image. */
  media: MediaLookup;
  publishedAt: Date;
  updatedAt: Date;
  countries: TermRef[];
}

export type NewsItemLookup =
  | { kind: 'found'; item: NewsItemDetail }
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' };

/** A published item by its slug; an old slug resolves to the item's current slug. */
export async function getPublishedNewsItemBySlug(slug: string, db: Database = getDb()): Promise<NewsItemLookup> {
  const [row] = await db
    .select({
      id: newsItems.id,
      slug: newsItems.slug,
      type: newsItems.type,
      title: newsItems.title,
      lead: newsItems.lead,
      body: newsItems.body,
      imageId: newsItems.imageId,
      issuedOn: newsItems.issuedOn,
      publishedAt: newsItems.publishedAt,
      updatedAt: newsItems.updatedAt,
    })
    .from(newsItems)
    .where(and(eq(newsItems.slug, slug), isLive()));

  if (!row) {
    const [moved] = await db
      .select({ slug: newsItems.slug })
      .from(contentSlugRedirects)
      .innerJoin(newsItems, eq(newsItems.id, contentSlugRedirects.itemId))
      .where(and(eq(contentSlugRedirects.kind, 'news_item'), eq(contentSlugRedirects.slug, slug), isLive()));
    return moved ? { kind: 'moved', slug: moved.slug } : { kind: 'missing' };
  }

  const [terms, countryRows, images] = await Promise.all([
    termsFor(db, [row.id]),
    db
      .select({ slug: countries.slug, name: countries.name })
      .from(newsItemCountries)
      .innerJoin(countries, eq(countries.id, newsItemCountries.countryId))
      .where(eq(newsItemCountries.newsItemId, row.id))
      .orderBy(asc(countries.name)),
    withImages(db, [row], mediaIdsInRichText(row.body)),
  ]);
  return {
    kind: 'found',
    item: {
      ...images.items[0]!,
      media: images.media,
      publishedAt: row.publishedAt!,
      issuedBy: terms.issuedBy.get(row.id) ?? [],
      fields: terms.fields.get(row.id) ?? [],
      countries: countryRows,
    },
  };
}

/** Published items sharing the most fields of work and issuing structures with the given one. */
export async function getRelatedNews(id: number, limit = 3, db: Database = getDb()): Promise<NewsCard[]> {
  const idRows = await relatedNewsQuery(db, id, limit);
  const ids = idRows.filter((row) => Number(row.shared) > 0).map((row) => row.id);
  return getNewsCardsByIds(ids, db);
}

export async function getNewsCardsByIds(ids: number[], db: Database = getDb()): Promise<NewsCard[]> {
  if (ids.length === 0) return [];
  const [rows, terms] = await Promise.all([
    db
      .select({
        id: newsItems.id,
        slug: newsItems.slug,
        type: newsItems.type,
        title: newsItems.title,
        lead: newsItems.lead,
        issuedOn: newsItems.issuedOn,
        imageId: newsItems.imageId,
      })
      .from(newsItems)
      .where(and(inArray(newsItems.id, ids), isLive())),
    termsFor(db, ids),
  ]);
  const byId = new Map((await withImages(db, rows)).items.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, issuedBy: terms.issuedBy.get(id) ?? [], fields: terms.fields.get(id) ?? [] }] : [];
  });
}

export interface FeedEntry {
  slug: string;
  title: string;
  lead: string;
  body: RichTextDoc;
  image: MediaForRender | null;
  /** Images of every entry's body. */
  media: MediaLookup;
  publishedAt: Date;
  issuedOn: string;
  issuedBy: TermRef[];
}

/** The newest published items for a feed, optionally within one field of work. */
export async function getFeedEntries(fieldSlug?: string, limit = 30, db: Database = getDb()): Promise<FeedEntry[]> {
  const filters: NewsFilters = fieldSlug ? { field: fieldSlug } : {};
  const rows = await db
    .select({
      id: newsItems.id,
      slug: newsItems.slug,
      title: newsItems.title,
      lead: newsItems.lead,
      body: newsItems.body,
      imageId: newsItems.imageId,
      publishedAt: newsItems.publishedAt,
      issuedOn: newsItems.issuedOn,
    })
    .from(newsItems)
    .where(and(...filterConditions(filters, false)))
    .orderBy(desc(newsItems.issuedOn), desc(newsItems.id))
    .limit(limit);
  const terms = await termsFor(
    db,
    rows.map((row) => row.id),
  );
  const { items, media } = await withImages(db, rows, rows.flatMap((row) => mediaIdsInRichText(row.body)));
  return items.map(({ id, publishedAt, ...row }) => ({
    ...row,
    media,
    publishedAt: publishedAt!,
    issuedBy: terms.issuedBy.get(id) ?? [],
  }));
}

/** Slug and last change of every published item, for the sitemap. */
/**
 * Live items for the sitemap, oldest first (by id), so that a new publication adds to the last file instead of
 * moving every item to another file. `page` counts from 1 in files of `pageSize` items.
 */
export async function getPublishedNewsForSitemap(db: Database = getDb(), page = 1, pageSize = 50_000) {
  return db
    .select({ slug: newsItems.slug, updatedAt: newsItems.updatedAt })
    .from(newsItems)
    .where(isLive())
    .orderBy(asc(newsItems.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

/** How many items are live: the sitemap index needs it to know how many files to list. */
export async function countLiveNews(db: Database = getDb()): Promise<number> {
  const [row] = await db.select({ count: count() }).from(newsItems).where(isLive());
  return row?.count ?? 0;
}
