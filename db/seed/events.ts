import { inArray } from 'drizzle-orm';
import { instantToZoned, zonedToInstant } from '@/lib/event-time';
import { plainTextToRichText } from '@/lib/rich-text/normalize';
import type { Database } from '../index';
import { countries, eventRevisions, events, fieldsOfWork, meetingSeries, publications, structures } from '../schema';
import { eventPublications, eventSeeds, type EventSeed } from './data/events';

// Fixed so that a second run has nothing to change; the events themselves are dated relative to the run.
const DEMO_EVENTS_PUBLISHED_AT = new Date('2024-01-01T09:00:00Z');

async function idsBySlug(db: Database, table: typeof countries | typeof structures | typeof fieldsOfWork | typeof meetingSeries, what: string) {
  const rows = await db.select({ id: table.id, slug: table.slug }).from(table);
  const map = new Map(rows.map((row) => [row.slug, row.id]));
  return (slug: string) => {
    const id = map.get(slug);
    if (id === undefined) throw new Error(`Seed event refers to unknown ${what} "${slug}"`);
    return id;
  };
}

/** "YYYY-MM-DD" moved by whole calendar days. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The event's start and end: its days counted from today at the venue, at whole hours on the venue's clock. */
export function demoEventTimes(seed: Pick<EventSeed, 'day' | 'days' | 'starts' | 'ends' | 'timeZone'>, now: Date) {
  const today = instantToZoned(now, seed.timeZone).slice(0, 10);
  const first = addDays(today, seed.day);
  const last = addDays(first, (seed.days ?? 1) - 1);
  return {
    startsAt: zonedToInstant(`${first}T${seed.starts}`, seed.timeZone),
    endsAt: zonedToInstant(`${last}T${seed.ends}`, seed.timeZone),
  };
}

/**
 * Inserts the demo events that are missing (matched by slug), each published with its first revision holding the
 * same content. Returns how many were inserted.
 */
export async function seedEvents(db: Database, now = new Date()): Promise<number> {
  const [structureId, fieldId, countryId, seriesId] = await Promise.all([
    idsBySlug(db, structures, 'structure'),
    idsBySlug(db, fieldsOfWork, 'field of work'),
    idsBySlug(db, countries, 'country'),
    idsBySlug(db, meetingSeries, 'meeting series'),
  ]);
  // Linked publications are left out when the demo publications are not there.
  const publicationIds = new Map((await db.select({ id: publications.id, slug: publications.slug }).from(publications)).map((row) => [row.slug, row.id]));
  const existing = await db
    .select({ slug: events.slug })
    .from(events)
    .where(inArray(events.slug, eventSeeds.map((s) => s.slug)));
  const present = new Set(existing.map((row) => row.slug));
  const missing = eventSeeds.filter((s) => !present.has(s.slug));

  for (const seed of missing) {
    const content = {
      slug: seed.slug,
      title: seed.title,
      lead: seed.lead,
      body: plainTextToRichText(seed.body),
      ...demoEventTimes(seed, now),
      timeZone: seed.timeZone,
      venue: seed.venue ?? '',
      city: seed.city ?? '',
      countryId: seed.country ? countryId(seed.country) : null,
      online: seed.online ?? false,
      seriesId: seed.series ? seriesId(seed.series) : null,
      eventStatus: seed.status ?? 'scheduled',
      structureIds: seed.structures.map(structureId),
      fieldIds: seed.fields.map(fieldId),
      publicationIds: (eventPublications[seed.slug] ?? []).flatMap((slug) => publicationIds.get(slug) ?? []),
    };
    await db.transaction(async (tx) => {
      const [event] = await tx
        .insert(events)
        .values({ ...content, status: 'published', version: 1, publishedRevision: 1, publishedAt: DEMO_EVENTS_PUBLISHED_AT })
        .returning({ id: events.id });
      if (!event) throw new Error(`Could not insert ${seed.slug}`);
      await tx.insert(eventRevisions).values({ eventId: event.id, number: 1, ...content });
    });
  }
  return missing.length;
}
