import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { EventStatus, PublicationType } from '@/lib/enums';
import type { CalendarEvent } from '@/lib/ical';
import type { MediaLookup } from '@/lib/media/types';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { absoluteUrl, siteUrl } from '@/lib/site';
import type { EventFilters } from '@/lib/validation/event-filters';
import { getDb, type Database } from '../index';
import { contentSlugRedirects, countries, events, fieldsOfWork, meetingSeries, publications, structures } from '../schema';
import { getMediaLookup } from './media';
import { hasSearchableTerms, type TermRef } from './news';

export type { TermRef };

export const EVENTS_PAGE_SIZE = 20;

/** An event as listings show it. */
export interface EventCard {
  id: number;
  slug: string;
  title: string;
  lead: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string;
  city: string;
  country: TermRef | null;
  online: boolean;
  series: TermRef | null;
  eventStatus: EventStatus;
}

/** Public visibility, checked at read time so that nothing scheduled shows early. */
const live = (): SQL => and(isNotNull(events.publishedAt), lte(events.publishedAt, sql`now()`))!;

// An event is upcoming until it has ended; `now` is one parameter so that the count and the pages agree.
const upcoming = (now: Date): SQL => sql`${events.endsAt} >= ${now.toISOString()}::timestamptz`;
const past = (now: Date): SQL => sql`${events.endsAt} < ${now.toISOString()}::timestamptz`;

const cardColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  lead: events.lead,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
  venue: events.venue,
  city: events.city,
  online: events.online,
  eventStatus: events.eventStatus,
  seriesSlug: meetingSeries.slug,
  seriesName: meetingSeries.name,
  countrySlug: countries.slug,
  countryName: countries.name,
};

/** Events with the names of their series and country, plus any `extra` columns. */
function selectCards<T extends SelectedFields>(db: Database, extra: T) {
  return db
    .select({ ...cardColumns, ...extra })
    .from(events)
    .leftJoin(meetingSeries, eq(meetingSeries.id, events.seriesId))
    .leftJoin(countries, eq(countries.id, events.countryId));
}

type CardRow = Omit<EventCard, 'series' | 'country'> & {
  seriesSlug: string | null;
  seriesName: string | null;
  countrySlug: string | null;
  countryName: string | null;
};

function toCard({ seriesSlug, seriesName, countrySlug, countryName, ...rest }: CardRow): EventCard {
  return {
    ...rest,
    series: seriesSlug && seriesName ? { slug: seriesSlug, name: seriesName } : null,
    country: countrySlug && countryName ? { slug: countrySlug, name: countryName } : null,
  };
}

/** The id of the term a slug names, as a subquery that PostgreSQL runs once. */
function termId(table: typeof meetingSeries | typeof fieldsOfWork | typeof structures | typeof countries, slug: string): SQL {
  return sql`(select ${table.id} from ${table} where ${table.slug} = ${slug})`;
}

function filterConditions(filters: EventFilters, useQuery: boolean): SQL[] {
  const conditions: SQL[] = [live()];
  if (filters.series) conditions.push(sql`${events.seriesId} = ${termId(meetingSeries, filters.series)}`);
  if (filters.country) conditions.push(sql`${events.countryId} = ${termId(countries, filters.country)}`);
  // Containment (`@>`) is what the GIN indexes on the id arrays answer.
  if (filters.field) conditions.push(sql`${events.fieldIds} @> array[${termId(fieldsOfWork, filters.field)}]`);
  if (filters.structure) conditions.push(sql`${events.structureIds} @> array[${termId(structures, filters.structure)}]`);
  // Dates are days at the venue: an event matches when its local days overlap the range. The wider bound on the
  // instant (two days' margin covers any zone and session offset) lets the index narrow the rows first.
  if (filters.from) {
    conditions.push(sql`${events.endsAt} >= (${filters.from}::date - 2)::timestamptz`);
    conditions.push(sql`(${events.endsAt} at time zone ${events.timeZone})::date >= ${filters.from}::date`);
  }
  if (filters.to) {
    conditions.push(sql`${events.startsAt} < (${filters.to}::date + 3)::timestamptz`);
    conditions.push(sql`(${events.startsAt} at time zone ${events.timeZone})::date <= ${filters.to}::date`);
  }
  if (useQuery && filters.q) conditions.push(sql`${events.search} @@ websearch_to_tsquery('english', ${filters.q})`);
  return conditions;
}

export interface EventPage {
  /** This page's upcoming events, soonest first; they come before every past one. */
  upcoming: EventCard[];
  /** This page's past events, most recent first. */
  past: EventCard[];
  total: number;
  upcomingTotal: number;
  page: number;
  pageCount: number;
  /** True when the search words were all stop words or punctuation, so the search was not applied. */
  queryIgnored: boolean;
}

/**
 * One page of published events: every upcoming one (soonest first), then the past ones (most recent first).
 * Both runs are read in index order, the page's window cut from the upcoming run, the past run or both.
 */
export async function listPublishedEvents(
  filters: EventFilters,
  page: number,
  pageSize = EVENTS_PAGE_SIZE,
  db: Database = getDb(),
  now = new Date(),
): Promise<EventPage> {
  const queryIgnored = filters.q ? !(await hasSearchableTerms(filters.q, db)) : false;
  const conditions = filterConditions(filters, Boolean(filters.q) && !queryIgnored);
  const [counts] = await db
    .select({
      total: sql<number>`count(*)::int`,
      upcoming: sql<number>`(count(*) filter (where ${upcoming(now)}))::int`,
    })
    .from(events)
    .where(and(...conditions));
  const total = counts?.total ?? 0;
  const upcomingTotal = counts?.upcoming ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const empty = { upcoming: [], past: [], total, upcomingTotal, page, pageCount, queryIgnored };
  if (page > pageCount || total === 0) return empty;

  const offset = (page - 1) * pageSize;
  const upcomingCount = Math.max(0, Math.min(pageSize, upcomingTotal - offset));
  const pastOffset = Math.max(0, offset - upcomingTotal);
  const pastCount = Math.min(pageSize - upcomingCount, total - upcomingTotal - pastOffset);
  const [upcomingRows, pastRows] = await Promise.all([
    upcomingCount > 0
      ? selectCards(db, {})
          .where(and(...conditions, upcoming(now)))
          .orderBy(asc(events.startsAt), asc(events.id))
          .limit(upcomingCount)
          .offset(offset)
      : Promise.resolve([]),
    pastCount > 0
      ? selectCards(db, {})
          .where(and(...conditions, past(now)))
          .orderBy(desc(events.startsAt), desc(events.id))
          .limit(pastCount)
          .offset(pastOffset)
      : Promise.resolve([]),
  ]);
  return { ...empty, upcoming: upcomingRows.map(toCard), past: pastRows.map(toCard) };
}

export interface LinkedPublication {
  slug: string;
  title: string;
  type: PublicationType;
}

export interface EventDetail extends EventCard {
  body: RichTextDoc;
  /** The images of the body. */
  media: MediaLookup;
  /** "Organised by", in the editor's order. */
  structures: TermRef[];
  fields: TermRef[];
  /** Linked publications that are public, in the editor's order. */
  publications: LinkedPublication[];
  publishedAt: Date;
  updatedAt: Date;
}

/** Rows in the order of `ids` (the editor's order); ids without a row are left out. */
function inOrder<T extends { id: number }>(ids: number[], rows: T[]): Omit<T, 'id'>[] {
  const byId = new Map(rows.map(({ id, ...rest }) => [id, rest]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

async function termsInOrder(db: Database, table: typeof structures | typeof fieldsOfWork, ids: number[]): Promise<TermRef[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: table.id, slug: table.slug, name: table.name }).from(table).where(inArray(table.id, ids));
  return inOrder(ids, rows);
}

async function livePublicationsInOrder(db: Database, ids: number[]): Promise<LinkedPublication[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: publications.id, slug: publications.slug, title: publications.title, type: publications.type })
    .from(publications)
    .where(and(inArray(publications.id, ids), isNotNull(publications.publishedAt), lte(publications.publishedAt, sql`now()`)));
  return inOrder(ids, rows);
}

/** A published event by its current slug, with its terms, series, country and public publications. */
export async function getPublishedEventBySlug(slug: string, db: Database = getDb()): Promise<EventDetail | null> {
  const [row] = await selectCards(db, {
    body: events.body,
    structureIds: events.structureIds,
    fieldIds: events.fieldIds,
    publicationIds: events.publicationIds,
    publishedAt: events.publishedAt,
    updatedAt: events.updatedAt,
  }).where(and(eq(events.slug, slug), live()));
  if (!row) return null;
  const { body, structureIds, fieldIds, publicationIds, publishedAt, updatedAt, ...card } = row;
  const [structureRefs, fieldRefs, linked, media] = await Promise.all([
    termsInOrder(db, structures, structureIds),
    termsInOrder(db, fieldsOfWork, fieldIds),
    livePublicationsInOrder(db, publicationIds),
    getMediaLookup(mediaIdsInRichText(body), db),
  ]);
  return {
    ...toCard(card),
    body,
    media,
    structures: structureRefs,
    fields: fieldRefs,
    publications: linked,
    publishedAt: publishedAt!,
    updatedAt,
  };
}

/** The current slug of the live event that once answered at `slug`, if any. */
export async function getEventSlugRedirect(slug: string, db: Database = getDb()): Promise<string | null> {
  const [row] = await db
    .select({ slug: events.slug })
    .from(contentSlugRedirects)
    .innerJoin(events, eq(events.id, contentSlugRedirects.itemId))
    .where(and(eq(contentSlugRedirects.kind, 'event'), eq(contentSlugRedirects.slug, slug), live()));
  return row?.slug ?? null;
}

/** What a calendar entry needs of an event (a detail or a calendar row). */
export type CalendarSource = Pick<EventCard, 'id' | 'slug' | 'title' | 'lead' | 'startsAt' | 'endsAt' | 'timeZone' | 'venue' | 'city' | 'country' | 'online' | 'eventStatus'> & {
  updatedAt: Date;
};

/** Published events that have not ended yet, soonest first, for the calendar feed. */
export async function getUpcomingCalendarEvents(limit = 500, db: Database = getDb(), now = new Date()): Promise<CalendarSource[]> {
  const rows = await selectCards(db, { updatedAt: events.updatedAt })
    .where(and(live(), upcoming(now)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(limit);
  return rows.map(({ updatedAt, ...card }) => ({ ...toCard(card), updatedAt }));
}

/** An event as a calendar entry; its UID stays the same across edits and slug changes. */
export function toCalendarEvent(event: CalendarSource): CalendarEvent {
  return {
    uid: `event-${event.id}@${new URL(siteUrl()).hostname}`,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    location: [event.venue, event.city, event.country?.name].filter(Boolean).join(', ') || null,
    online: event.online,
    status: event.eventStatus,
    summary: event.lead,
    url: absoluteUrl(`/events/${event.slug}`),
    updatedAt: event.updatedAt,
  };
}

/** The published events of one meeting series: upcoming soonest first, past most recent first. */
export async function getSeriesEvents(
  seriesId: number,
  limit = 50,
  db: Database = getDb(),
  now = new Date(),
): Promise<{ upcoming: EventCard[]; past: EventCard[] }> {
  const inSeries = and(live(), eq(events.seriesId, seriesId));
  const [upcomingRows, pastRows] = await Promise.all([
    selectCards(db, {}).where(and(inSeries, upcoming(now))).orderBy(asc(events.startsAt), asc(events.id)).limit(limit),
    selectCards(db, {}).where(and(inSeries, past(now))).orderBy(desc(events.startsAt), desc(events.id)).limit(limit),
  ]);
  return { upcoming: upcomingRows.map(toCard), past: pastRows.map(toCard) };
}
