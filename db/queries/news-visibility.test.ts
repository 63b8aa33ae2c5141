import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../index';
import { contentSlugRedirects, fieldsOfWork, newsItemFields, newsItemStructures, newsItems, structures } from '../schema';
import { seed } from '../seed';
import { createTestDatabase, type TestDatabase } from '../testing';
import { plainTextToRichText } from '@/lib/rich-text/normalize';
import {
  getFeedEntries,
  getPublishedNewsForSitemap,
  getPublishedNewsItemBySlug,
  getRelatedNews,
  listPublishedNews,
} from './news';

const CAPTURED = 'sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors';
const UNPUBLISHED = 'hidden-unpublished-zebracorn-item';
const SCHEDULED = 'hidden-scheduled-zebracorn-item';
const hidden = [UNPUBLISHED, SCHEDULED];

let testDb: TestDatabase;
let db: Database;
let capturedId: number;
const hiddenIds: number[] = [];

/** Inserts an item that shares every term with the captured item and is dated far ahead, so any leak shows. */
async function insertHidden(slug: string, publishedAt: Date | null) {
  const [item] = await db
    .insert(newsItems)
    .values({
      slug,
      title: `Zebracorn ${slug}`,
      lead: 'Zebracorn lead about policing.',
      body: plainTextToRichText('Zebracorn body.'),
      issuedOn: '2099-01-01',
      status: publishedAt ? 'scheduled' : 'draft',
      publishedAt,
    })
    .returning({ id: newsItems.id });
  const [field] = await db.select().from(fieldsOfWork).where(eq(fieldsOfWork.slug, 'policing'));
  const issuers = await db.select().from(structures);
  const bySlug = new Map(issuers.map((s) => [s.slug, s.id]));
  await db.insert(newsItemFields).values({ newsItemId: item!.id, fieldId: field!.id });
  await db.insert(newsItemStructures).values(
    ['secretariat', 'transnational-threats-department', 'mission-to-serbia'].map((s, position) => ({
      newsItemId: item!.id,
      structureId: bySlug.get(s)!,
      position,
    })),
  );
  hiddenIds.push(item!.id);
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seed(db);
  const [captured] = await db.select({ id: newsItems.id }).from(newsItems).where(eq(newsItems.slug, CAPTURED));
  capturedId = captured!.id;
  await insertHidden(UNPUBLISHED, null);
  await insertHidden(SCHEDULED, new Date(Date.now() + 60 * 60 * 1000));
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe('visibility of unpublished and scheduled items', () => {
  it('leaves them out of listPublishedNews, with or without filters or search', async () => {
    for (const filters of [{}, { field: 'policing' }, { structure: 'mission-to-serbia' }, { from: '2099-01-01' }, { q: 'zebracorn' }]) {
      const result = await listPublishedNews(filters, 1, 10_000, db);
      const slugs = result.items.map((item) => item.slug);
      for (const slug of hidden) expect(slugs, JSON.stringify(filters)).not.toContain(slug);
    }
    expect((await listPublishedNews({ q: 'zebracorn' }, 1, 20, db)).total).toBe(0);
    expect((await listPublishedNews({ from: '2099-01-01' }, 1, 20, db)).total).toBe(0);
  });

  it('reports them as missing when looked up by slug', async () => {
    for (const slug of hidden) expect(await getPublishedNewsItemBySlug(slug, db)).toEqual({ kind: 'missing' });
  });

  it('leaves them out of the feeds and the sitemap', async () => {
    for (const entries of [await getFeedEntries(undefined, 1000, db), await getFeedEntries('policing', 1000, db)]) {
      expect(entries.length).toBeGreaterThan(0);
      for (const slug of hidden) expect(entries.map((e) => e.slug)).not.toContain(slug);
    }
    const sitemap = await getPublishedNewsForSitemap(db);
    expect(sitemap.length).toBeGreaterThanOrEqual(60);
    for (const slug of hidden) expect(sitemap.map((e) => e.slug)).not.toContain(slug);
  });

  it('never offers them as related news', async () => {
    const related = await getRelatedNews(capturedId, 100, db);
    for (const id of hiddenIds) expect(related.map((r) => r.id)).not.toContain(id);
  });
});

describe('getPublishedNewsItemBySlug', () => {
  it('returns the full item with ordered issuers and countries sorted by name', async () => {
    const lookup = await getPublishedNewsItemBySlug(CAPTURED, db);
    expect(lookup.kind).toBe('found');
    if (lookup.kind !== 'found') return;
    expect(lookup.item.id).toBe(capturedId);
    expect(lookup.item.issuedOn).toBe('2021-04-27');
    expect(lookup.item.publishedAt).toBeInstanceOf(Date);
    expect(lookup.item.issuedBy.map((s) => s.slug)).toEqual(['secretariat', 'transnational-threats-department', 'mission-to-serbia']);
    expect(lookup.item.countries.map((c) => c.slug)).toEqual(['bosnia-and-herzegovina', 'montenegro', 'serbia']);
  });

  it('resolves an old slug to the current one', async () => {
    await db.insert(contentSlugRedirects).values({ kind: 'news_item', slug: 'old-prosecutors-meeting-slug', itemId: capturedId });
    expect(await getPublishedNewsItemBySlug('old-prosecutors-meeting-slug', db)).toEqual({ kind: 'moved', slug: CAPTURED });
  });

  it('does not reveal an unpublished item through an old slug', async () => {
    await db.insert(contentSlugRedirects).values({ kind: 'news_item', slug: 'old-hidden-slug', itemId: hiddenIds[0]! });
    expect(await getPublishedNewsItemBySlug('old-hidden-slug', db)).toEqual({ kind: 'missing' });
  });

  it('reports an unknown slug as missing', async () => {
    expect(await getPublishedNewsItemBySlug('no-such-item', db)).toEqual({ kind: 'missing' });
  });
});

describe('getRelatedNews', () => {
  it('returns up to the limit of items sharing a field or structure, never the item itself', async () => {
    const lookup = await getPublishedNewsItemBySlug(CAPTURED, db);
    if (lookup.kind !== 'found') throw new Error('captured item not found');
    const fields = new Set(lookup.item.fields.map((f) => f.slug));
    const issuers = new Set(lookup.item.issuedBy.map((s) => s.slug));

    const related = await getRelatedNews(capturedId, 3, db);
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(3);
    for (const card of related) {
      expect(card.id).not.toBe(capturedId);
      const shares = card.fields.some((f) => fields.has(f.slug)) || card.issuedBy.some((s) => issuers.has(s.slug));
      expect(shares, card.slug).toBe(true);
    }

    const many = await getRelatedNews(capturedId, 1000, db);
    expect(many.map((c) => c.id)).not.toContain(capturedId);
    for (const card of many) {
      const shares = card.fields.some((f) => fields.has(f.slug)) || card.issuedBy.some((s) => issuers.has(s.slug));
      expect(shares, card.slug).toBe(true);
    }
  });
});
