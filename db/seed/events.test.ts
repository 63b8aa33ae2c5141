import { asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantToZoned } from '@/lib/event-time';
import type { Database } from '../index';
import { eventRevisions, events } from '../schema';
import { createTestDatabase, type TestDatabase } from '../testing';
import { eventSeeds } from './data/events';
import { seedEvents } from './events';
import { seedTaxonomy } from './taxonomy';

let testDb: TestDatabase;
let db: Database;
const now = new Date('2026-03-10T12:34:00Z');
let inserted: number;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedTaxonomy(db, new Date('2021-01-01T09:00:00Z'));
  inserted = await seedEvents(db, now);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

const allEvents = () => db.select().from(events).orderBy(asc(events.id));

describe('seedEvents', () => {
  it('inserts about forty published events, each with a matching first revision', async () => {
    expect(inserted).toBe(eventSeeds.length);
    expect(inserted).toBeGreaterThanOrEqual(35);
    expect(inserted).toBeLessThanOrEqual(45);
    const rows = await allEvents();
    expect(rows).toHaveLength(inserted);
    const revisions = await db.select().from(eventRevisions);
    expect(revisions).toHaveLength(inserted);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'published', version: 1, publishedRevision: 1 });
      expect(row.publishedAt!.getTime()).toBeLessThan(now.getTime());
      const revision = revisions.find((r) => r.eventId === row.id);
      expect(revision?.number).toBe(1);
      const bookkeeping = new Set(['id', 'eventId', 'number', 'publishAt', 'authorId', 'createdAt']);
      for (const [key, value] of Object.entries(revision!)) {
        if (!bookkeeping.has(key)) expect(row[key as keyof typeof row], `${row.slug}: ${key}`).toEqual(value);
      }
    }
  });

  it('does nothing on a second run', async () => {
    expect(await seedEvents(db, new Date(now.getTime() + 86_400_000))).toBe(0);
    const [row] = await db.select({ n: count() }).from(events);
    expect(row?.n).toBe(inserted);
  });

  it('has past and upcoming events, from about eighteen months ago to a year ahead', async () => {
    const rows = await allEvents();
    const upcoming = rows.filter((r) => r.endsAt >= now);
    const past = rows.filter((r) => r.endsAt < now);
    expect(upcoming.length).toBeGreaterThanOrEqual(15);
    expect(past.length).toBeGreaterThanOrEqual(15);
    const day = 86_400_000;
    for (const row of rows) {
      expect(row.startsAt.getTime(), row.slug).toBeGreaterThan(now.getTime() - 550 * day);
      expect(row.startsAt.getTime(), row.slug).toBeLessThan(now.getTime() + 370 * day);
      expect(row.endsAt.getTime(), row.slug).toBeGreaterThan(row.startsAt.getTime());
    }
  });

  it('starts and ends every event at a whole hour on the clock of its venue', async () => {
    const rows = await allEvents();
    expect(new Set(rows.map((r) => r.timeZone)).size).toBeGreaterThanOrEqual(6);
    for (const row of rows) {
      expect(instantToZoned(row.startsAt, row.timeZone), row.slug).toMatch(/T\d{2}:00$/);
      expect(instantToZoned(row.endsAt, row.timeZone), row.slug).toMatch(/T\d{2}:00$/);
    }
    // A Tashkent event at 09:00 local time is 04:00 UTC (UTC+5, no summer time).
    const [tashkent] = await db.select().from(events).where(eq(events.timeZone, 'Asia/Tashkent'));
    expect(tashkent?.startsAt.getUTCHours()).toBe(4);
  });

  it('includes cancelled, postponed, online and moved-online events, and events without a series', async () => {
    const rows = await allEvents();
    const upcoming = (r: (typeof rows)[number]) => r.endsAt >= now;
    expect(rows.filter((r) => r.eventStatus === 'cancelled').length).toBeGreaterThanOrEqual(2);
    expect(rows.some((r) => r.eventStatus === 'cancelled' && upcoming(r))).toBe(true);
    expect(rows.some((r) => r.eventStatus === 'postponed')).toBe(true);
    expect(rows.some((r) => r.online)).toBe(true);
    expect(rows.some((r) => r.eventStatus === 'moved_online')).toBe(true);
    expect(rows.some((r) => r.seriesId === null)).toBe(true);
    expect(new Set(rows.map((r) => r.seriesId)).size).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect(row.structureIds.length, row.slug).toBeGreaterThan(0);
      // The event form requires a city unless the event is online.
      if (!row.online) expect(row.city, row.slug).not.toBe('');
    }
  });
});
