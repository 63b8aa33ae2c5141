import { asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import type { Database } from '../index';
import {
  countries,
  documentFiles,
  eventRevisions,
  events,
  fieldsOfWork,
  media,
  meetingSeries,
  newsItemCountries,
  newsItemFields,
  newsItemStructures,
  newsItems,
  newsRevisions,
  contentSlugRedirects,
  pages,
  publicationRevisions,
  publications,
  structures,
} from '../schema';
import { createTestDatabase, type TestDatabase } from '../testing';
import { newsItems as newsSeeds } from './data/news';
import { seed } from './index';
import { demoImagePlan } from './news';

const tables = {
  fieldsOfWork,
  countries,
  structures,
  meetingSeries,
  pages,
  newsItems,
  newsRevisions,
  contentSlugRedirects,
  newsItemStructures,
  newsItemFields,
  newsItemCountries,
  publications,
  publicationRevisions,
  documentFiles,
  events,
  eventRevisions,
};

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    result[name] = Number(row?.n);
  }
  return result;
}

let testDb: TestDatabase;
let db: Database;
let firstRun: Awaited<ReturnType<typeof seed>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  firstRun = await seed(db);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe('seed', () => {
  it('loads 23 fields of work, 34 structures and 16 meeting series', async () => {
    const counts = await rowCounts(db);
    expect(counts.fieldsOfWork).toBe(23);
    expect(counts.structures).toBe(34);
    expect(counts.meetingSeries).toBe(16);
  });

  it('loads 68 countries: 57 participating States, 5 Asian and 6 Mediterranean partners', async () => {
    const rows = await db
      .select({ group: countries.group, n: count() })
      .from(countries)
      .groupBy(countries.group);
    const byGroup = Object.fromEntries(rows.map((r) => [r.group, Number(r.n)]));
    expect(byGroup).toEqual({ participating_state: 57, asian_partner: 5, mediterranean_partner: 6 });
    expect((await rowCounts(db)).countries).toBe(68);
  });

  it('inserts at least 60 news items, each with a first revision, and publishes every demo item', async () => {
    const counts = await rowCounts(db);
    expect(counts.newsItems).toBeGreaterThanOrEqual(60);
    expect(firstRun.newsInserted).toBe(counts.newsItems);
    expect(counts.newsRevisions).toBe(counts.newsItems);
    const published = await db
      .select({ slug: newsItems.slug, status: newsItems.status, publishedAt: newsItems.publishedAt })
      .from(newsItems)
      .where(inArray(newsItems.slug, newsSeeds.map((s) => s.slug)));
    expect(published).toHaveLength(newsSeeds.length);
    for (const row of published) {
      expect(row.status, row.slug).toBe('published');
      expect(row.publishedAt, row.slug).toBeInstanceOf(Date);
    }
  });

  it('gives every news item at least one issuing structure and one field of work', async () => {
    const withoutStructure = await db
      .select({ slug: newsItems.slug })
      .from(newsItems)
      .where(sql`not exists (select 1 from ${newsItemStructures} where ${newsItemStructures.newsItemId} = ${newsItems.id})`);
    const withoutField = await db
      .select({ slug: newsItems.slug })
      .from(newsItems)
      .where(sql`not exists (select 1 from ${newsItemFields} where ${newsItemFields.newsItemId} = ${newsItems.id})`);
    expect(withoutStructure).toEqual([]);
    expect(withoutField).toEqual([]);
  });

  it('keeps the captured-shape item: issued by secretariat, TNTD and mission to Serbia in order, field policing', async () => {
    const slug = 'sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors';
    const [item] = await db.select().from(newsItems).where(eq(newsItems.slug, slug));
    expect(item).toBeDefined();
    expect(item?.issuedOn).toBe('2021-04-27');
    expect(item?.publishedAt?.toISOString()).toBe('2021-04-27T09:00:00.000Z');

    const issuers = await db
      .select({ slug: structures.slug, position: newsItemStructures.position })
      .from(newsItemStructures)
      .innerJoin(structures, eq(structures.id, newsItemStructures.structureId))
      .where(eq(newsItemStructures.newsItemId, item!.id))
      .orderBy(asc(newsItemStructures.position));
    expect(issuers.map((r) => r.slug)).toEqual(['secretariat', 'transnational-threats-department', 'mission-to-serbia']);

    const fields = await db
      .select({ slug: fieldsOfWork.slug })
      .from(newsItemFields)
      .innerJoin(fieldsOfWork, eq(fieldsOfWork.id, newsItemFields.fieldId))
      .where(eq(newsItemFields.newsItemId, item!.id));
    expect(fields.map((r) => r.slug)).toEqual(['policing']);
  });

  it('draws eight demo images and uses them as lead images of the 16 newest items and in some bodies', async () => {
    expect((await db.select({ n: count() }).from(media))[0]!.n).toBe(8);
    const withImage = await db.select({ id: newsItems.id }).from(newsItems).where(isNotNull(newsItems.imageId));
    expect(withImage).toHaveLength(16);
    const bodies = await db.select({ body: newsItems.body }).from(newsItems);
    expect(bodies.filter(({ body }) => mediaIdsInRichText(body).length > 0)).toHaveLength(3);
    expect(demoImagePlan(newsSeeds, []).size).toBe(0);
  });

  it('links events to the publications they discussed', async () => {
    const [event] = await db.select({ ids: events.publicationIds }).from(events).where(eq(events.slug, 'economic-and-environmental-forum-hydropower-shared-rivers'));
    const linked = await db.select({ slug: publications.slug }).from(publications).where(inArray(publications.id, event!.ids));
    expect(linked.map((p) => p.slug)).toEqual(['water-cooperation-central-asia-report']);
  });

  it('is idempotent: a second run inserts nothing and changes no row counts', async () => {
    const before = await rowCounts(db);
    const secondRun = await seed(db);
    expect(secondRun).toEqual({ newsInserted: 0, publicationsInserted: 0, eventsInserted: 0 });
    expect(await rowCounts(db)).toEqual(before);
  });
});
