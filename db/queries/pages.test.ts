import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../index';
import { pages } from '../schema';
import { seed } from '../seed';
import { createTestDatabase, type TestDatabase } from '../testing';
import { searchLiveItems } from './live-items';
import { getPublishedPageBySlug, listPublishedPages } from './pages';

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

describe('getPublishedPageBySlug', () => {
  it('returns the leadership page with its child pages', async () => {
    const page = await getPublishedPageBySlug('leadership', db);
    expect(page?.title).toBe('Leadership');
    expect(page?.parent).toBeNull();
    expect(page?.children.length).toBeGreaterThan(0);
    expect(page?.children.map((c) => c.slug)).toContain('secretary-general');
    expect(page?.children.every((c) => c.parentId === page.id)).toBe(true);
  });

  it('returns a child page with its parent', async () => {
    const page = await getPublishedPageBySlug('secretary-general', db);
    expect(page?.parent?.slug).toBe('leadership');
  });

  it('returns null for an unknown slug', async () => {
    expect(await getPublishedPageBySlug('no-such-page', db)).toBeNull();
  });
});

describe('searching live pages', () => {
  it('finds a page by a word of its title', async () => {
    const results = await searchLiveItems('page', 'oversight', 10, db);
    expect(results.map((r) => r.slug)).toContain('internal-oversight');
  });

  it('finds nothing for a word that appears nowhere', async () => {
    expect(await searchLiveItems('page', 'zebracorn', 10, db)).toEqual([]);
  });

  it('does not throw on SQL-like or HTML input', async () => {
    await expect(searchLiveItems('page', "'; drop table pages; --", 10, db)).resolves.toBeInstanceOf(Array);
    await expect(searchLiveItems('page', '<script>alert(1)</script>', 10, db)).resolves.toBeInstanceOf(Array);
    expect((await listPublishedPages(db)).length).toBeGreaterThan(0);
  });
});

describe('unpublished pages', () => {
  it('are hidden from lookups, listings, search and their parent', async () => {
    await db.update(pages).set({ publishedAt: null }).where(eq(pages.slug, 'secretary-general'));
    await db
      .update(pages)
      .set({ publishedAt: new Date(Date.now() + 60 * 60 * 1000) })
      .where(eq(pages.slug, 'internal-oversight'));

    expect(await getPublishedPageBySlug('secretary-general', db)).toBeNull();
    expect(await getPublishedPageBySlug('internal-oversight', db)).toBeNull();
    const listed = (await listPublishedPages(db)).map((p) => p.slug);
    expect(listed).not.toContain('secretary-general');
    expect(listed).not.toContain('internal-oversight');
    expect((await searchLiveItems('page', 'oversight', 10, db)).map((r) => r.slug)).not.toContain('internal-oversight');
    const leadership = await getPublishedPageBySlug('leadership', db);
    expect(leadership?.children.map((c) => c.slug)).not.toContain('secretary-general');
  });
});
