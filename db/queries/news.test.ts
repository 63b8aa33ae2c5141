import { and, count, eq, isNotNull, lte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/highlight';
import type { NewsFilters } from '@/lib/validation/news-filters';
import type { Database } from '../index';
import { countries, newsItemCountries, newsItems } from '../schema';
import { seed } from '../seed';
import { createTestDatabase, type TestDatabase } from '../testing';
import { getPublishedNewsItemBySlug, listPublishedNews, NEWS_PAGE_SIZE, type NewsCard } from './news';

let testDb: TestDatabase;
let db: Database;
let everything: NewsCard[];

const all = (filters: NewsFilters) => listPublishedNews(filters, 1, 10_000, db);
const ids = (items: NewsCard[]) => items.map((item) => item.id);

async function liveCount(): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(newsItems)
    .where(and(isNotNull(newsItems.publishedAt), lte(newsItems.publishedAt, sql`now()`)));
  return Number(row?.n);
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seed(db);
  everything = (await all({})).items;
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe('listPublishedNews without filters', () => {
  it('returns every live item with a total equal to a direct count', async () => {
    const result = await all({});
    expect(result.total).toBe(await liveCount());
    expect(result.total).toBeGreaterThanOrEqual(60);
    expect(result.items).toHaveLength(result.total);
    expect(result.queryIgnored).toBe(false);
  });

  it('orders items by issue date, newest first (then by id, descending)', () => {
    for (let i = 1; i < everything.length; i++) {
      const [prev, curr] = [everything[i - 1]!, everything[i]!];
      expect(prev.issuedOn >= curr.issuedOn, `${prev.slug} before ${curr.slug}`).toBe(true);
      if (prev.issuedOn === curr.issuedOn) expect(prev.id).toBeGreaterThan(curr.id);
    }
  });

  it('includes the issuing structures and fields of work on each card', () => {
    const card = everything.find((c) => c.slug === 'sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors');
    expect(card?.issuedBy.map((s) => s.slug)).toEqual(['secretariat', 'transnational-threats-department', 'mission-to-serbia']);
    expect(card?.fields.map((f) => f.slug)).toEqual(['policing']);
  });
});

describe('listPublishedNews filters', () => {
  it('narrows by field of work, and every item has that field', async () => {
    const { items, total } = await all({ field: 'policing' });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(everything.length);
    for (const item of items) expect(item.fields.map((f) => f.slug), item.slug).toContain('policing');
    expect(ids(items).sort()).toEqual(ids(everything.filter((c) => c.fields.some((f) => f.slug === 'policing'))).sort());
  });

  it('narrows by issuing structure, and every item was issued by it', async () => {
    const { items, total } = await all({ structure: 'mission-to-serbia' });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(everything.length);
    for (const item of items) expect(item.issuedBy.map((s) => s.slug), item.slug).toContain('mission-to-serbia');
    const expected = everything.filter((c) => c.issuedBy.some((s) => s.slug === 'mission-to-serbia'));
    expect(ids(items).sort()).toEqual(ids(expected).sort());
  });

  it('narrows by country, and every item is about that country', async () => {
    const { items, total } = await all({ country: 'serbia' });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(everything.length);
    for (const item of items) {
      const lookup = await getPublishedNewsItemBySlug(item.slug, db);
      expect(lookup.kind).toBe('found');
      if (lookup.kind === 'found') expect(lookup.item.countries.map((c) => c.slug), item.slug).toContain('serbia');
    }
    const tagged = await db
      .select({ id: newsItemCountries.newsItemId })
      .from(newsItemCountries)
      .innerJoin(countries, eq(countries.id, newsItemCountries.countryId))
      .where(eq(countries.slug, 'serbia'));
    const live = new Set(ids(everything));
    expect(ids(items).sort()).toEqual(tagged.map((r) => r.id).filter((id) => live.has(id)).sort());
  });

  it('narrows by type', async () => {
    const { items, total } = await all({ type: 'press_release' });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(everything.length);
    expect(new Set(items.map((i) => i.type))).toEqual(new Set(['press_release']));
    expect(total).toBe(everything.filter((c) => c.type === 'press_release').length);
  });

  it('narrows by date range, with both ends inclusive', async () => {
    const from = await all({ from: '2022-01-01' });
    expect(from.total).toBeGreaterThan(0);
    expect(from.total).toBeLessThan(everything.length);
    expect(from.items.every((i) => i.issuedOn >= '2022-01-01')).toBe(true);
    expect(from.total).toBe(everything.filter((c) => c.issuedOn >= '2022-01-01').length);

    const to = await all({ to: '2021-12-31' });
    expect(to.total).toBeGreaterThan(0);
    expect(to.items.every((i) => i.issuedOn <= '2021-12-31')).toBe(true);
    expect(to.total + from.total).toBe(everything.length);

    const oneDay = await all({ from: '2021-04-27', to: '2021-04-27' });
    expect(oneDay.items.map((i) => i.slug)).toContain('sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors');
    expect(oneDay.items.every((i) => i.issuedOn === '2021-04-27')).toBe(true);
  });

  it('returns the intersection when filters are combined', async () => {
    const combined = await all({ field: 'policing', country: 'serbia', type: 'news_item' });
    const [byField, byCountry, byType] = await Promise.all([
      all({ field: 'policing' }),
      all({ country: 'serbia' }),
      all({ type: 'news_item' }),
    ]);
    const inCountry = new Set(ids(byCountry.items));
    const inType = new Set(ids(byType.items));
    const expected = ids(byField.items).filter((id) => inCountry.has(id) && inType.has(id));
    expect(combined.total).toBeGreaterThan(0);
    expect(ids(combined.items)).toEqual(expected);
    expect(combined.total).toBe(expected.length);
  });

  it('returns nothing for a well-formed slug that matches no term', async () => {
    expect(await all({ field: 'no-such-field' })).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });
});

describe('listPublishedNews pagination', () => {
  it('splits the list into pages of NEWS_PAGE_SIZE without overlap', async () => {
    const first = await listPublishedNews({}, 1, undefined, db);
    const second = await listPublishedNews({}, 2, undefined, db);
    expect(first.items).toHaveLength(NEWS_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(everything.length / NEWS_PAGE_SIZE));
    expect(second.page).toBe(2);
    const onFirst = new Set(ids(first.items));
    expect(second.items.some((item) => onFirst.has(item.id))).toBe(false);
    expect(ids(second.items)).toEqual(ids(everything.slice(NEWS_PAGE_SIZE, 2 * NEWS_PAGE_SIZE)));
  });

  it('returns no items but the right total for a page beyond the last', async () => {
    const { pageCount } = await listPublishedNews({}, 1, undefined, db);
    const beyond = await listPublishedNews({}, pageCount + 1, undefined, db);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(everything.length);
    expect(beyond.page).toBe(pageCount + 1);
  });
});

describe('listPublishedNews full-text search', () => {
  it('finds "water" and highlights the matching word in a lead', async () => {
    const result = await all({ q: 'water' });
    expect(result.queryIgnored).toBe(false);
    expect(result.total).toBeGreaterThan(0);
    expect(result.total).toBeLessThan(everything.length);
    const highlighted = new RegExp(`${HIGHLIGHT_START}water[a-z]*${HIGHLIGHT_END}`, 'i');
    expect(result.items.some((item) => highlighted.test(item.lead))).toBe(true);
  });

  it('ignores a search made only of stop words and returns every item', async () => {
    const result = await all({ q: 'the and of' });
    expect(result.queryIgnored).toBe(true);
    expect(result.total).toBe(everything.length);
    expect(result.items.every((item) => !item.lead.includes(HIGHLIGHT_START))).toBe(true);
  });

  it.each(["'; drop table news_items; --", '<script>alert(1)</script>', '"unclosed OR -', '\\ % _ :*'])(
    'treats %s as plain search text without error',
    async (q) => {
      const result = await all({ q });
      expect(result.items.length).toBeLessThanOrEqual(result.total);
      expect(await liveCount()).toBe(everything.length);
    },
  );
});
