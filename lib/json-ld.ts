import type { NewsItemDetail } from '@/db/queries/news';
import type { EventStatus } from './enums';
import { utcOffset, wallClock } from './ical-timezone';
import { absoluteUrl, siteName } from './site';

/** schema.org NewsArticle for a news item, serialised safely for a <script> element. */
export function newsArticleJsonLd(item: NewsItemDetail): string {
  const url = absoluteUrl(`/news/${item.slug}`);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.lead,
    datePublished: item.publishedAt.toISOString(),
    dateModified: item.updatedAt.toISOString(),
    mainEntityOfPage: url,
    url,
    author: item.issuedBy.map((s) => ({
      '@type': 'Organization',
      name: s.name,
      url: absoluteUrl(`/structures/${s.slug}`),
    })),
    publisher: { '@type': 'Organization', name: siteName, url: absoluteUrl('/') },
    about: item.fields.map((f) => ({ '@type': 'Thing', name: f.name })),
    ...(item.image
      ? {
          image: {
            '@type': 'ImageObject',
            url: absoluteUrl(item.image.shareImage.url),
            width: item.image.shareImage.width,
            height: item.image.shareImage.height,
            caption: item.image.caption || undefined,
            creditText: item.image.credit || undefined,
          },
        }
      : {}),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** What schema.org Event needs of an event: the live page's data, or a preview's. */
export interface EventJsonLdInput {
  slug: string;
  title: string;
  lead: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string;
  city: string;
  country: { name: string } | null;
  online: boolean;
  eventStatus: EventStatus;
  structures: { slug: string; name: string }[];
}

const schemaEventStatus: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
  moved_online: 'https://schema.org/EventMovedOnline',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03-03T10:00:00+01:00": the local time at the venue with its offset, as ISO 8601 writes it. */
export function isoInZone(instant: Date, zone: string): string {
  const w = wallClock(zone, instant.getTime());
  const offset = utcOffset(zone, instant.getTime());
  const minutes = Math.abs(offset) / 60;
  const sign = offset < 0 ? '-' : '+';
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** schema.org Event for an event page, serialised safely for a <script> element. */
export function eventJsonLd(event: EventJsonLdInput): string {
  const url = absoluteUrl(`/events/${event.slug}`);
  const online = event.online || event.eventStatus === 'moved_online';
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.lead || undefined,
    url,
    startDate: isoInZone(event.startsAt, event.timeZone),
    endDate: isoInZone(event.endsAt, event.timeZone),
    eventStatus: schemaEventStatus[event.eventStatus],
    eventAttendanceMode: online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: online
      ? { '@type': 'VirtualLocation', url }
      : {
          '@type': 'Place',
          name: event.venue || event.city,
          address: {
            '@type': 'PostalAddress',
            addressLocality: event.city || undefined,
            addressCountry: event.country?.name,
          },
        },
    organizer: event.structures.map((s) => ({
      '@type': 'Organization',
      name: s.name,
      url: absoluteUrl(`/structures/${s.slug}`),
    })),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
