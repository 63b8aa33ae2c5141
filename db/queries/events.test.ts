import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventFilters } from '@/lib/validation/event-filters';
import type { Database } from '../index';
import { contentSlugRedirects, events, fieldsOfWork, meetingSeries, publications, structures } from '../schema';
import { seedEvents } from '../seed/events';
import { seedTaxonomy } from '../seed/taxonomy';
import { createTestDatabase, type TestDatabase } from '../testing';
import {
  getEventSlugRedirect,
  getPublishedEventBySlug,
  getSeriesEvents,
  getUpcomingCalendarEvents,
  listPublishedEvents,
  toCalendarEvent,
  type EventCard,
} from './events';

let testDb: TestDatabase;
let db: Database;
const now = new Date();
const DAY = 86_400_000;
const ids: Record<string, number> = {};

async function idOf(table: typeof structures | typeof fieldsOfWork | typeof meetingSeries, slug: string) {
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.slug, slug));
  return row!.id;
}

/** A live event row of the test's own, published unless told otherwise. */
async function insertEvent(slug: string, values: Partial<typeof events.$inferInsert> = {}) {
  const [row] = await db
    .insert(events)
    .values({
      slug,
      title: `Test event ${slug}`,
      startsAt: new Date(now.getTime() + 10 * DAY),
      endsAt: new Date(now.getTime() + 10 * DAY + 3_600_000),
      timeZone: 'Europe/Vienna',
      city: 'Vienna',
      status: 'published',
      publishedAt: new Date('2024-01-01T09:00:00Z'),
      publishedRevision: 1,
      ...values,
    })
    .returning({ id: events.id });
  ids[slug] = row!.id;
  return row!.id;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedTaxonomy(db, new Date('2021-01-01T09:00:00Z'));
  await seedEvents(db, now);

  // Never public: a draft, and an approved event whose publication time has not come.
  await insertEvent('draft-kestrelwing-briefing', { title: 'Kestrelwing briefing (draft)', status: 'draft', publishedAt: null, publishedRevision: null });
  await insertEvent('scheduled-kestrelwing-briefing', { title: 'Kestrelwing briefing (scheduled)', status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) });
  for (const id of [ids['draft-kestrelwing-briefing']!, ids['scheduled-kestrelwing-briefing']!]) {
    await db.update(events).set({ seriesId: await idOf(meetingSeries, 'media-conferences') }).where(eq(events.id, id));
  }

  // Half past midnight on New Year's Day in Tokyo, which is still 31 December in UTC.
  await insertEvent('tokyo-new-year-seminar', {
    title: 'Tokyo New Year seminar',
    startsAt: new Date('2029-12-31T15:30:00Z'),
    endsAt: new Date('2029-12-31T17:30:00Z'),
    timeZone: 'Asia/Tokyo',
    city: 'Tokyo',
  });

  // Terms and publications in an order that is neither by id nor by name.
  const [draftPublication, livePublication, otherPublication] = await db
    .insert(publications)
    .values([
      { slug: 'draft-handbook', title: 'Draft handbook', type: 'handbook', publishedOn: '2025-01-01' },
      { slug: 'live-report', title: 'Live report', type: 'report', publishedOn: '2025-01-01', status: 'published', publishedAt: new Date('2025-01-01T09:00:00Z') },
      { slug: 'another-guide', title: 'Another guide', type: 'guide', publishedOn: '2025-01-01', status: 'published', publishedAt: new Date('2025-01-01T09:00:00Z') },
    ])
    .returning({ id: publications.id });
  await insertEvent('ordered-terms-event', {
    title: 'Ordered terms event',
    structureIds: [await idOf(structures, 'odihr'), await idOf(structures, 'chairpersonship')],
    fieldIds: [await idOf(fieldsOfWork, 'youth'), await idOf(fieldsOfWork, 'arms-control')],
    publicationIds: [livePublication!.id, draftPublication!.id, otherPublication!.id],
    seriesId: await idOf(meetingSeries, 'review-conferences'),
    venue: 'Hofburg',
  });
  await db.insert(contentSlugRedirects).values([
    { kind: 'event', slug: 'ordered-terms-event-old', itemId: ids['ordered-terms-event']! },
    { kind: 'event', slug: 'old-draft-briefing', itemId: ids['draft-kestrelwing-briefing']! },
    // Another kind's old slug never answers for an event.
    { kind: 'page', slug: 'page-old-slug', itemId: ids['ordered-terms-event']! },
  ]);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

/** Every page of a listing, in order. */
async function everyEvent(filters: EventFilters = {}, pageSize = 7) {
  const first = await listPublishedEvents(filters, 1, pageSize, db, now);
  const cards: EventCard[] = [...first.upcoming, ...first.past];
  for (let page = 2; page <= first.pageCount; page++) {
    const next = await listPublishedEvents(filters, page, pageSize, db, now);
    cards.push(...next.upcoming, ...next.past);
  }
  return { ...first, cards };
}

const slugs = (cards: EventCard[]) => cards.map((c) => c.slug);

describe('listPublishedEvents', () => {
  it('lists upcoming events soonest first, then past events most recent first, across pages', async () => {
    const { cards, total, upcomingTotal } = await everyEvent();
    expect(total).toBe(42);
    expect(cards).toHaveLength(total);
    expect(new Set(slugs(cards)).size).toBe(total);
    const upcoming = cards.slice(0, upcomingTotal);
    const past = cards.slice(upcomingTotal);
    expect(upcoming.length).toBeGreaterThan(10);
    expect(past.length).toBeGreaterThan(10);
    for (const card of upcoming) expect(card.endsAt.getTime(), card.slug).toBeGreaterThanOrEqual(now.getTime());
    for (const card of past) expect(card.endsAt.getTime(), card.slug).toBeLessThan(now.getTime());
    for (let i = 1; i < upcoming.length; i++) expect(upcoming[i]!.startsAt >= upcoming[i - 1]!.startsAt).toBe(true);
    for (let i = 1; i < past.length; i++) expect(past[i]!.startsAt <= past[i - 1]!.startsAt).toBe(true);
  });

  it('splits a page that holds the last upcoming and the first past events', async () => {
    const { upcomingTotal } = await listPublishedEvents({}, 1, 20, db, now);
    const page = Math.ceil((upcomingTotal + 1) / 7);
    const result = await listPublishedEvents({}, page, 7, db, now);
    expect(result.upcoming.length + result.past.length).toBe(7);
    expect(result.upcoming.length).toBe(upcomingTotal - (page - 1) * 7);
    expect(result.past.length).toBeGreaterThan(0);
  });

  it('gives series, country and place on each card, and answers a page past the end with nothing', async () => {
    const { cards, pageCount } = await everyEvent({}, 20);
    expect(pageCount).toBe(3);
    const prague = cards.find((c) => c.slug === 'economic-and-environmental-forum-hydropower-shared-rivers');
    expect(prague).toMatchObject({
      series: { slug: 'economic-and-environmental-forum', name: 'Economic and Environmental Forum' },
      country: { slug: 'czech-republic' },
      city: 'Prague',
      timeZone: 'Europe/Prague',
    });
    expect(cards.find((c) => c.slug === 'round-table-roma-and-sinti-civil-society')).toMatchObject({ online: true, country: null, series: null });
    const beyond = await listPublishedEvents({}, 9, 20, db, now);
    expect(beyond).toMatchObject({ upcoming: [], past: [], total: 42, pageCount: 3 });
  });

  it('never lists drafts or events whose publication time has not come', async () => {
    const { cards } = await everyEvent();
    expect(slugs(cards)).not.toContain('draft-kestrelwing-briefing');
    expect(slugs(cards)).not.toContain('scheduled-kestrelwing-briefing');
    expect((await listPublishedEvents({ q: 'kestrelwing' }, 1, 20, db, now)).total).toBe(0);
    expect((await listPublishedEvents({ series: 'media-conferences' }, 1, 20, db, now)).total).toBe(2);
  });
});

describe('listPublishedEvents filters', () => {
  it('narrows by meeting series', async () => {
    const { cards, total } = await everyEvent({ series: 'plenary-meetings-of-the-permanent-council' });
    expect(total).toBe(4);
    for (const card of cards) expect(card.series?.slug).toBe('plenary-meetings-of-the-permanent-council');
  });

  it('narrows by field of work and by organising structure through the id arrays', async () => {
    const byField = await everyEvent({ field: 'arms-control' });
    expect(byField.total).toBeGreaterThan(3);
    const armsControl = await idOf(fieldsOfWork, 'arms-control');
    const rows = await db.select({ slug: events.slug, fieldIds: events.fieldIds }).from(events).where(inArray(events.slug, slugs(byField.cards)));
    for (const row of rows) expect(row.fieldIds, row.slug).toContain(armsControl);
    expect(slugs(byField.cards)).toContain('ordered-terms-event');

    const byStructure = await everyEvent({ structure: 'odihr' });
    expect(slugs(byStructure.cards).sort()).toEqual(
      [
        'warsaw-human-dimension-conference-civic-space',
        'supplementary-human-dimension-meeting-freedom-of-assembly',
        'warsaw-human-dimension-conference-rule-of-law',
        'gender-equality-review-conference',
        'review-conference-all-three-dimensions',
        'training-for-long-term-election-observers',
        'round-table-roma-and-sinti-civil-society',
        'ordered-terms-event',
      ].sort(),
    );
  });

  it('narrows by country', async () => {
    const { cards } = await everyEvent({ country: 'poland' });
    expect(cards.length).toBe(3);
    for (const card of cards) expect(card.country?.slug).toBe('poland');
  });

  it('combines filters', async () => {
    const { cards } = await everyEvent({ structure: 'odihr', country: 'poland', series: 'human-rights-meetings' });
    expect(slugs(cards).sort()).toEqual(['warsaw-human-dimension-conference-civic-space', 'warsaw-human-dimension-conference-rule-of-law']);
  });

  it('matches unknown slugs with nothing rather than everything', async () => {
    for (const key of ['series', 'field', 'structure', 'country'] as const) {
      expect((await listPublishedEvents({ [key]: 'no-such-term' }, 1, 20, db, now)).total, key).toBe(0);
    }
  });

  it('compares dates with the days at the venue', async () => {
    const newYear = await everyEvent({ from: '2030-01-01', to: '2030-01-01' });
    expect(slugs(newYear.cards)).toEqual(['tokyo-new-year-seminar']);
    expect(slugs((await everyEvent({ from: '2029-12-31', to: '2029-12-31' })).cards)).toEqual([]);
  });

  it('keeps events that overlap the date range, even when they start before it', async () => {
    // The Annual Security Review Conference runs for three days; its second day is inside this range.
    const conference = (await getPublishedEventBySlug('annual-security-review-conference', db))!;
    const secondDay = new Date(conference.startsAt.getTime() + DAY).toISOString().slice(0, 10);
    const { cards } = await everyEvent({ from: secondDay, to: secondDay });
    expect(slugs(cards)).toContain('annual-security-review-conference');
    for (const card of cards) {
      expect(card.startsAt.getTime()).toBeLessThan(Date.parse(`${secondDay}T00:00:00Z`) + 2 * DAY);
      expect(card.endsAt.getTime()).toBeGreaterThan(Date.parse(`${secondDay}T00:00:00Z`) - DAY);
    }
  });

  it('searches the full text of title, lead, place and body', async () => {
    expect(slugs((await everyEvent({ q: 'hydropower' })).cards)).toEqual(['economic-and-environmental-forum-hydropower-shared-rivers']);
    // A word of the body only, stemmed: "inspectors" matches "inspector".
    expect(slugs((await everyEvent({ q: 'inspector' })).cards)).toContain('annual-implementation-assessment-meeting-verification');
    expect(slugs((await everyEvent({ q: 'Bishkek' })).cards)).toEqual(['central-asia-media-conference-bishkek']);
    expect((await everyEvent({ q: 'hydropower -rivers' })).total).toBe(0);
  });

  it('ignores a search of stop words, and survives hostile input', async () => {
    const ignored = await listPublishedEvents({ q: 'the and of' }, 1, 20, db, now);
    expect(ignored.queryIgnored).toBe(true);
    expect(ignored.total).toBe(42);
    for (const q of ["'; drop table events; --", '<script>alert(1)</script>', '"unbalanced', '!!!???']) {
      await expect(listPublishedEvents({ q }, 1, 20, db, now)).resolves.toBeDefined();
    }
  });
});

describe('getPublishedEventBySlug', () => {
  it('returns the event with its terms in the editor’s order and only public publications', async () => {
    const event = await getPublishedEventBySlug('ordered-terms-event', db);
    expect(event?.structures.map((s) => s.slug)).toEqual(['odihr', 'chairpersonship']);
    expect(event?.fields.map((f) => f.slug)).toEqual(['youth', 'arms-control']);
    expect(event?.publications).toEqual([
      { slug: 'live-report', title: 'Live report', type: 'report' },
      { slug: 'another-guide', title: 'Another guide', type: 'guide' },
    ]);
    expect(event?.series).toEqual({ slug: 'review-conferences', name: 'Review Conferences' });
    expect(event?.media.size).toBe(0);
  });

  it('returns a seeded event with its body, country and names', async () => {
    const event = await getPublishedEventBySlug('south-east-europe-media-conference-tirana', db);
    expect(event).toMatchObject({
      title: 'South East Europe Media Conference',
      timeZone: 'Europe/Tirane',
      country: { slug: 'albania', name: 'Albania' },
      eventStatus: 'scheduled',
      structures: [
        { slug: 'representative-on-freedom-of-the-media', name: expect.any(String) },
        { slug: 'presence-in-albania', name: 'OSCE Presence in Albania' },
      ],
      fields: [{ slug: 'media-freedom-and-development', name: 'Media freedom and development' }],
    });
    expect(event?.body.content.length).toBe(2);
  });

  it('returns null for unknown, draft and not yet published events', async () => {
    for (const slug of ['no-such-event', 'draft-kestrelwing-briefing', 'scheduled-kestrelwing-briefing', 'ordered-terms-event-old']) {
      expect(await getPublishedEventBySlug(slug, db), slug).toBeNull();
    }
  });
});

describe('getEventSlugRedirect', () => {
  it('finds the current slug of a live event by an old one', async () => {
    expect(await getEventSlugRedirect('ordered-terms-event-old', db)).toBe('ordered-terms-event');
  });

  it('does not reveal drafts, other kinds’ old slugs or unknown slugs', async () => {
    expect(await getEventSlugRedirect('old-draft-briefing', db)).toBeNull();
    expect(await getEventSlugRedirect('page-old-slug', db)).toBeNull();
    expect(await getEventSlugRedirect('never-was', db)).toBeNull();
  });
});

describe('getSeriesEvents', () => {
  it('lists a series’ upcoming events soonest first and its past events most recent first', async () => {
    const seriesId = await idOf(meetingSeries, 'plenary-meetings-of-the-permanent-council');
    const { upcoming, past } = await getSeriesEvents(seriesId, 50, db, now);
    expect(slugs(upcoming)).toEqual(['permanent-council-western-balkans-field-operations', 'permanent-council-unified-budget-outline']);
    expect(slugs(past)).toEqual(['permanent-council-address-by-the-chairperson-in-office', 'permanent-council-reviews-mission-to-moldova']);
  });

  it('leaves out drafts and scheduled events', async () => {
    const { upcoming, past } = await getSeriesEvents(await idOf(meetingSeries, 'media-conferences'), 50, db, now);
    expect(slugs([...upcoming, ...past])).toEqual(['south-east-europe-media-conference-tirana', 'central-asia-media-conference-bishkek']);
  });

  it('answers an empty series with two empty lists', async () => {
    expect(await getSeriesEvents(await idOf(meetingSeries, 'summit-meetings'), 50, db, now)).toEqual({ upcoming: [], past: [] });
  });
});

describe('getUpcomingCalendarEvents', () => {
  it('gives only published events that have not ended, soonest first', async () => {
    const rows = await getUpcomingCalendarEvents(500, db, now);
    const { upcomingTotal } = await listPublishedEvents({}, 1, 20, db, now);
    expect(rows).toHaveLength(upcomingTotal);
    for (const row of rows) expect(row.endsAt.getTime()).toBeGreaterThanOrEqual(now.getTime());
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.startsAt >= rows[i - 1]!.startsAt).toBe(true);
    expect(rows.map((r) => r.slug)).not.toContain('draft-kestrelwing-briefing');
  });

  it('maps an event to a calendar entry with a stable UID, its place and its page', async () => {
    vi.stubEnv('SITE_URL', 'https://www.example.org');
    try {
      const rows = await getUpcomingCalendarEvents(500, db, now);
      const tirana = rows.find((r) => r.slug === 'south-east-europe-media-conference-tirana')!;
      expect(toCalendarEvent(tirana)).toMatchObject({
        uid: `event-${tirana.id}@www.example.org`,
        title: 'South East Europe Media Conference',
        timeZone: 'Europe/Tirane',
        location: 'Tirana, Albania',
        online: false,
        status: 'scheduled',
        url: 'https://www.example.org/events/south-east-europe-media-conference-tirana',
      });
      const online = rows.find((r) => r.slug === 'cyber-ict-security-conference-confidence-building-in-practice')!;
      expect(toCalendarEvent(online)).toMatchObject({ location: null, online: true });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
