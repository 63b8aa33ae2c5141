// Cached public reads. Only published content passes through here, and nothing here reads the session,
// so results can be shared by every visitor and dropped by tag when content changes.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, kindListTag } from '@/lib/cache-tags';
import type { ContentKind } from '@/lib/content-kinds';
import type { NewsFilters } from '@/lib/validation/news-filters';
import { isSlug } from '@/lib/slug';
import type { TaxonomyKind } from '@/lib/validation/taxonomy';
import * as news from './news';
import { listLiveItems, searchLiveItems } from './live-items';
import * as pages from './pages';
import * as taxonomy from './taxonomy';

export async function cachedNewsPage(filters: NewsFilters, page: number, pageSize?: number) {
  'use cache';
  cacheTag(cacheTags.newsLists, cacheTags.media);
  cacheLife('hours');
  return news.listPublishedNews(filters, page, pageSize);
}

async function readNewsItem(slug: string) {
  'use cache';
  cacheLife('hours');
  const result = await news.getPublishedNewsItemBySlug(slug);
  cacheTag(cacheTags.newsSlug(slug), cacheTags.taxonomy, cacheTags.media);
  if (result.kind === 'found') cacheTag(cacheTags.newsItem(result.item.id));
  return result;
}

/**
 * Tagged by the items it shows, not by every listing: a change to one of them (an edit, an unpublication) drops
 * it, but a new publication does not drop the page of every item in the archive. New items join the related
 * lists when the page is next re-rendered in the background (the public layout's `revalidate`).
 */
export async function cachedRelatedNews(id: number) {
  'use cache';
  cacheLife('hours');
  const related = await news.getRelatedNews(id);
  cacheTag(cacheTags.media, ...related.map((card) => cacheTags.newsItem(card.id)));
  return related;
}

export async function cachedFeedEntries(fieldSlug?: string) {
  'use cache';
  cacheTag(cacheTags.newsLists, cacheTags.media);
  cacheLife('hours');
  return news.getFeedEntries(fieldSlug);
}

export async function cachedSitemapNews(page: number, pageSize: number) {
  'use cache';
  cacheTag(cacheTags.newsLists);
  cacheLife('hours');
  return news.getPublishedNewsForSitemap(undefined, page, pageSize);
}

export async function cachedLiveNewsCount() {
  'use cache';
  cacheTag(cacheTags.newsLists);
  cacheLife('hours');
  return news.countLiveNews();
}

export async function cachedFieldsOfWork() {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.listFieldsOfWork();
}

export async function cachedCountries() {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.listCountries();
}

export async function cachedStructures() {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.listStructures();
}

export async function cachedMeetingSeries() {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.listMeetingSeries();
}

async function readFieldOfWork(slug: string) {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.getFieldOfWorkBySlug(slug);
}

async function readCountry(slug: string) {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.getCountryBySlug(slug);
}

async function readStructure(slug: string) {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.getStructureBySlug(slug);
}

async function readMeetingSeriesItem(slug: string) {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.getMeetingSeriesBySlug(slug);
}

/** The live items of a kind (not news: the news sitemap files are read page by page). */
export async function cachedLiveItems(kind: Exclude<ContentKind, 'news_item'>) {
  'use cache';
  cacheTag(kindListTag[kind]);
  cacheLife('hours');
  return listLiveItems(kind);
}

export async function cachedPages() {
  'use cache';
  cacheTag(cacheTags.pages);
  cacheLife('days');
  return pages.listPublishedPages();
}

async function readPage(slug: string) {
  'use cache';
  cacheTag(cacheTags.pages, cacheTags.media);
  cacheLife('days');
  return pages.getPublishedPageBySlug(slug);
}

async function readPageRedirect(slug: string) {
  'use cache';
  cacheTag(cacheTags.pages);
  cacheLife('days');
  return pages.getPageSlugRedirect(slug);
}

/** The best matches of a kind other than news for the site search (news has its own paged search). */
export async function cachedItemSearch(kind: Exclude<ContentKind, 'news_item'>, q: string) {
  'use cache';
  cacheTag(kindListTag[kind], cacheTags.taxonomy);
  cacheLife('hours');
  return searchLiveItems(kind, q);
}

async function readTermRedirect(kind: TaxonomyKind, slug: string) {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.findTermRedirect(kind, slug);
}

/**
 * A path segment that cannot be a slug (a stray byte, an overlong or mangled address) is answered as missing
 * before it reaches the database or takes a place in the cache.
 */
function bySlug<T, M>(read: (slug: string) => Promise<T>, missing: M): (slug: string) => Promise<T | M> {
  return async (slug) => (isSlug(slug) ? read(slug) : missing);
}

export const cachedNewsItem = bySlug(readNewsItem, { kind: 'missing' } as const);
export const cachedFieldOfWork = bySlug(readFieldOfWork, null);
export const cachedCountry = bySlug(readCountry, null);
export const cachedStructure = bySlug(readStructure, null);
export const cachedMeetingSeriesItem = bySlug(readMeetingSeriesItem, null);
export const cachedPage = bySlug(readPage, null);
export const cachedPageRedirect = bySlug(readPageRedirect, null);

export async function cachedTermRedirect(kind: TaxonomyKind, slug: string) {
  return isSlug(slug) ? readTermRedirect(kind, slug) : null;
}
