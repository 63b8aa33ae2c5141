// Cached public reads of publications (see published.ts): only live rows, no session, dropped by tag whenever a
// publication is published or unpublished, a term is renamed or an image's details change.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { isSlug } from '@/lib/slug';
import type { PublicationFilters } from '@/lib/validation/publication-filters';
import * as publications from './publications';

export async function cachedPublicationsPage(filters: PublicationFilters, page: number) {
  'use cache';
  cacheTag(cacheTags.publications, cacheTags.taxonomy, cacheTags.media);
  cacheLife('hours');
  return publications.listPublishedPublications(filters, page);
}

export async function cachedPublicationYears() {
  'use cache';
  cacheTag(cacheTags.publications);
  cacheLife('hours');
  return publications.listPublicationYears();
}

export async function cachedLatestPublications(filter: Pick<PublicationFilters, 'structure' | 'field' | 'country'>, limit?: number) {
  'use cache';
  cacheTag(cacheTags.publications, cacheTags.taxonomy);
  cacheLife('hours');
  return publications.getLatestPublications(filter, limit);
}

export async function cachedPublicationCards(ids: number[]) {
  'use cache';
  cacheTag(cacheTags.publications, cacheTags.taxonomy);
  cacheLife('hours');
  return publications.getPublicationCardsByIds(ids);
}

async function readPublication(slug: string) {
  'use cache';
  cacheTag(cacheTags.publications, cacheTags.taxonomy, cacheTags.media);
  cacheLife('hours');
  return publications.getPublishedPublicationBySlug(slug);
}

/** A segment that cannot be a slug is answered as missing before it reaches the database or the cache. */
export async function cachedPublication(slug: string): Promise<publications.PublicationLookup> {
  return isSlug(slug) ? readPublication(slug) : { kind: 'missing' };
}
