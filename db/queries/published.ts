// Cached public reads. Only published content passes through here, and nothing here reads the session,
// so results can be shared by every visitor and dropped by tag when content changes.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import type { NewsFilters } from '@/lib/validation/news-filters';
import type { TaxonomyKind } from '@/lib/validation/taxonomy';
import * as news from './news';
import * as pages from './pages';
import * as taxonomy from './taxonomy';

export async function cachedNewsPage(filters: NewsFilters, page: number, pageSize?: number) {
  'use cache';
  cacheTag(cacheTags.newsLists, cacheTags.media);
  cacheLife('hours');
  return news.listPublishedNews(filters, page, pageSize);
}

export async function cachedNewsItem(slug: string) {
  'use cache';
  cacheLife('hours');
  const result = await news.getPublishedNewsItemBySlug(slug);
  cacheTag(cacheTags.newsSlug(slug), cacheTags.taxonomy, cacheTags.media);
  if (result.kind === 'found') cacheTag(cacheTags.newsItem(result.item.id));
  return result;
}

export async function cachedRelatedNews(id: number) {
  'use cache';
  cacheTag(cacheTags.newsLists, cacheTags.media);
  cacheLife('hours');
  return news.getRelatedNews(id);
}

export async function cachedFeedEntries(fieldSlug?: string) {
  'use cache';
  cacheTag(cacheTags.newsLists, cacheTags.media);
  cacheLife('hours');
  return news.getFeedEntries(fieldSlug);
}

export async function cachedSitemapNews() {
  'use cache';
  cacheTag(cacheTags.newsLists);
  cacheLife('hours');
  return news.getPublishedNewsForSitemap();
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

export async function cachedFieldOfWork(slug: string) {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.getFieldOfWorkBySlug(slug);
}

export async function cachedCountry(slug: string) {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.getCountryBySlug(slug);
}

export async function cachedStructure(slug: string) {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.getStructureBySlug(slug);
}

export async function cachedMeetingSeriesItem(slug: string) {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.getMeetingSeriesBySlug(slug);
}

export async function cachedPages() {
  'use cache';
  cacheTag(cacheTags.pages);
  cacheLife('days');
  return pages.listPublishedPages();
}

export async function cachedPage(slug: string) {
  'use cache';
  cacheTag(cacheTags.pages, cacheTags.media);
  cacheLife('days');
  return pages.getPublishedPageBySlug(slug);
}

export async function cachedPageSearch(q: string) {
  'use cache';
  cacheTag(cacheTags.pages);
  cacheLife('hours');
  return pages.searchPublishedPages(q);
}

export async function cachedTermRedirect(kind: TaxonomyKind, slug: string) {
  'use cache';
  cacheTag(cacheTags.taxonomy);
  cacheLife('days');
  return taxonomy.findTermRedirect(kind, slug);
}
