// Cached public reads of events (see published.ts). What splits upcoming from past events depends on the clock as
// well as on content, so those reads live for minutes; a change of content drops them all by tag at once.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { isSlug } from '@/lib/slug';
import type { EventFilters } from '@/lib/validation/event-filters';
import * as events from './events';

const tagEvents = () => cacheTag(cacheTags.events, cacheTags.taxonomy, cacheTags.media);

export async function cachedEventsPage(filters: EventFilters, page: number) {
  'use cache';
  tagEvents();
  cacheLife('minutes');
  return events.listPublishedEvents(filters, page);
}

export async function cachedCalendarEvents() {
  'use cache';
  tagEvents();
  cacheLife('minutes');
  return events.getUpcomingCalendarEvents();
}

export async function cachedSeriesEvents(seriesId: number) {
  'use cache';
  tagEvents();
  cacheLife('minutes');
  return events.getSeriesEvents(seriesId);
}

async function readEvent(slug: string) {
  'use cache';
  tagEvents();
  cacheLife('hours');
  return events.getPublishedEventBySlug(slug);
}

async function readEventRedirect(slug: string) {
  'use cache';
  tagEvents();
  cacheLife('hours');
  return events.getEventSlugRedirect(slug);
}

// A path segment that cannot be a slug is answered as missing before it reaches the database or the cache.
export const cachedEvent = async (slug: string) => (isSlug(slug) ? readEvent(slug) : null);
export const cachedEventRedirect = async (slug: string) => (isSlug(slug) ? readEventRedirect(slug) : null);
