// news_listing_terms is a copy kept by triggers (drizzle/0009): after every kind of change to the items or their
// terms it must hold exactly the term assignments with each item's current type, date and publication time, and
// a listing filtered by terms must give what the same filters give when read from the items themselves.
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows, type Database } from '../index';
import { countries, fieldsOfWork, newsItemCountries, newsItemFields, newsItemStructures, newsItems } from '../schema';
import { seed } from '../seed';
import { createTestDatabase, type TestDatabase } from '../testing';
import { listPublishedNews } from './news';
import { filterConditions } from './news-sql';

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seed(db);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

/** Rows the copy should have and lacks, and rows it has that it should not (each as text), both empty when in step. */
async function differences(): Promise<{ missing: string[]; extra: string[] }> {
  const expected = sql`
    select 'field_of_work'::taxonomy_kind as kind, t.field_id as term_id, i.id as news_item_id, i.type, i.issued_on, i.published_at
      from news_item_fields t join news_items i on i.id = t.news_item_id
    union all
    select 'country', t.country_id, i.id, i.type, i.issued_on, i.published_at
      from news_item_countries t join news_items i on i.id = t.news_item_id
    union all
    select 'structure', t.structure_id, i.id, i.type, i.issued_on, i.published_at
      from news_item_structures t join news_items i on i.id = t.news_item_id`;
  const actual = sql`select kind, term_id, news_item_id, type, issued_on, published_at from news_listing_terms`;
  const rows = async (query: ReturnType<typeof sql>) =>
    (await selectRows<{ row: string }>(db, sql`select r::text as row from (${query}) r`)).map((r) => r.row);
  return {
    missing: await rows(sql`(${expected}) except all (${actual})`),
    extra: await rows(sql`(${actual}) except all (${expected})`),
  };
}

describe('news_listing_terms', () => {
  it('holds every term assignment of the seeded items', async () => {
    const [row] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from news_listing_terms`);
    expect(row!.n).toBeGreaterThan(60);
    expect(await differences()).toEqual({ missing: [], extra: [] });
  });

  it('follows publication, type and date changes, and term changes of every kind', async () => {
    const [item] = await db.select().from(newsItemFields).limit(1);
    const id = item!.newsItemId;
    await db.update(newsItems).set({ publishedAt: null, type: 'statement', issuedOn: '2001-02-03' }).where(eq(newsItems.id, id));
    expect(await differences()).toEqual({ missing: [], extra: [] });

    const [otherField] = await db
      .select({ id: fieldsOfWork.id })
      .from(fieldsOfWork)
      .where(sql`${fieldsOfWork.id} not in (select field_id from news_item_fields where news_item_id = ${id})`)
      .limit(1);
    await db
      .update(newsItemFields)
      .set({ fieldId: otherField!.id })
      .where(and(eq(newsItemFields.newsItemId, id), eq(newsItemFields.fieldId, item!.fieldId)));
    await db.delete(newsItemStructures).where(eq(newsItemStructures.newsItemId, id));
    const [country] = await db.select({ id: countries.id }).from(countries).limit(1);
    await db.insert(newsItemCountries).values({ newsItemId: id, countryId: country!.id }).onConflictDoNothing();
    await db.update(newsItems).set({ publishedAt: new Date(), type: 'press_release' }).where(eq(newsItems.id, id));
    expect(await differences()).toEqual({ missing: [], extra: [] });

    await db.delete(newsItems).where(eq(newsItems.id, id));
    expect(await differences()).toEqual({ missing: [], extra: [] });
  });

  it('gives filtered listings the same items, in the same order, as the items themselves', async () => {
    const [busiest] = await selectRows<{ field: string; country: string }>(db, sql`
      select f.slug as field, c.slug as country, count(*)::int as n
      from news_item_fields nf join fields_of_work f on f.id = nf.field_id
      join news_item_countries nc on nc.news_item_id = nf.news_item_id join countries c on c.id = nc.country_id
      group by f.slug, c.slug order by n desc limit 1`);
    const filterSets = [
      { field: busiest!.field },
      { field: busiest!.field, type: 'news_item' as const },
      { field: busiest!.field, country: busiest!.country },
      { country: busiest!.country, from: '2023-01-01' },
    ];
    for (const filters of filterSets) {
      const listed = await listPublishedNews(filters, 1, 10_000, db);
      const direct = await db
        .select({ id: newsItems.id })
        .from(newsItems)
        .where(and(...filterConditions(filters, false)))
        .orderBy(desc(newsItems.issuedOn), desc(newsItems.id));
      expect(direct.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(listed.items.map((i) => i.id), JSON.stringify(filters)).toEqual(direct.map((r) => r.id));
      expect(listed.total).toBe(direct.length);
    }
  });
});
