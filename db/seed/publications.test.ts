import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicationTypes } from '@/lib/enums';
import type { Database } from '../index';
import { documentFiles, publicationRevisions, publications } from '../schema';
import { createTestDatabase, type TestDatabase } from '../testing';
import { publicationSeeds } from './data/publications';
import { seedMedia } from './media';
import { demoPublicationPublishedAt, PDF_ONLY_WORD, seedPublications } from './publications';
import { seedTaxonomy } from './taxonomy';

let testDb: TestDatabase;
let db: Database;
let inserted: number;
let seconds: number;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedTaxonomy(db, new Date('2021-01-01T09:00:00Z'));
  await seedMedia(db);
  const started = performance.now();
  inserted = await seedPublications(db);
  seconds = (performance.now() - started) / 1000;
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe('seedPublications', () => {
  it('inserts about twenty publications quickly', () => {
    expect(inserted).toBe(publicationSeeds.length);
    expect(inserted).toBeGreaterThanOrEqual(20);
    expect(seconds).toBeLessThan(10);
  });

  it('spreads them over every type, the years 2019 to 2026 and several languages', async () => {
    const rows = await db.select().from(publications);
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(publicationTypes));
    expect(new Set(rows.map((row) => row.publishedOn.slice(0, 4)))).toEqual(new Set(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']));
    expect(new Set(rows.map((row) => row.language)).size).toBeGreaterThanOrEqual(4);
    expect(rows.some((row) => row.coverId !== null)).toBe(true);
    expect(rows.some((row) => row.fileIds.length === 2)).toBe(true);
  });

  it('publishes each one at a fixed past instant, with a matching first revision', async () => {
    const rows = await db
      .select({ live: publications, revision: publicationRevisions })
      .from(publications)
      .innerJoin(publicationRevisions, eq(publicationRevisions.publicationId, publications.id));
    expect(rows).toHaveLength(inserted);
    for (const { live, revision } of rows) {
      expect(live).toMatchObject({ status: 'published', version: 1, publishedRevision: 1, publishedAt: demoPublicationPublishedAt(live) });
      expect(live.publishedAt!.getTime()).toBeLessThan(Date.now());
      expect(revision.number).toBe(1);
      for (const key of ['slug', 'title', 'type', 'publishedOn', 'summary', 'language', 'coverId', 'fileIds', 'structureIds', 'fieldIds', 'countryIds'] as const) {
        expect(revision[key], `${live.slug}: ${key}`).toEqual(live[key]);
      }
      expect(live.structureIds.length).toBeGreaterThan(0);
    }
  });

  it('stores real PDFs of one to six pages, with their text', async () => {
    const files = await db.select({ pages: documentFiles.pages, text: documentFiles.text, data: documentFiles.data }).from(documentFiles);
    expect(files.length).toBe(publicationSeeds.reduce((sum, seed) => sum + seed.files.length, 0));
    for (const file of files) {
      expect(Buffer.from(file.data.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(file.pages).toBeGreaterThanOrEqual(1);
      expect(file.pages).toBeLessThanOrEqual(6);
      expect(file.text.length).toBeGreaterThan(50);
    }
  });

  it(`has "${PDF_ONLY_WORD}" inside exactly one PDF and in no title or summary`, async () => {
    const query = sql`websearch_to_tsquery('english', ${PDF_ONLY_WORD})`;
    const [inFiles] = await db.select({ n: count() }).from(documentFiles).where(sql`${documentFiles.search} @@ ${query}`);
    const [inPublications] = await db.select({ n: count() }).from(publications).where(sql`${publications.search} @@ ${query}`);
    expect(Number(inFiles?.n)).toBe(1);
    expect(Number(inPublications?.n)).toBe(0);
  });

  it('changes nothing when run again', async () => {
    expect(await seedPublications(db)).toBe(0);
    const [row] = await db.select({ n: count() }).from(publications);
    expect(Number(row?.n)).toBe(inserted);
  });
});
