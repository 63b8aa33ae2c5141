import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3StoreFromEnv, type ObjectStore } from '@/lib/media/s3';
import type { Actor } from '@/lib/permissions';
import type { Database } from '../index';
import { mediaFiles } from '../schema';
import { createTestDatabase, insertActor, type TestDatabase } from '../testing';
import { createMedia, deleteMedia, getMediaFile } from './media';

// s3rver speaks the S3 REST protocol over HTTP (it does not check signatures), so the store's real requests run.
let server: S3rver;
let store: ObjectStore;
let testDb: TestDatabase;
let db: Database;
let editor: Actor;

beforeAll(async () => {
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: mkdtempSync(path.join(tmpdir(), 's3-')),
    configureBuckets: [{ name: 'media', configs: [] }],
  });
  const { port } = await server.run();
  store = s3StoreFromEnv({
    MEDIA_S3_BUCKET: 'media',
    MEDIA_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    MEDIA_S3_ACCESS_KEY_ID: 'S3RVER',
    MEDIA_S3_SECRET_ACCESS_KEY: 'S3RVER',
  })!;
  testDb = await createTestDatabase();
  db = testDb.db;
  editor = await insertActor(db, 'Sam', ['editor']);
}, 60_000);

afterAll(async () => {
  await testDb?.close();
  await server?.close();
});

describe('the S3-compatible media store', () => {
  it('is chosen only when a bucket is configured, and then needs its keys', () => {
    expect(s3StoreFromEnv({})).toBeNull();
    expect(() => s3StoreFromEnv({ MEDIA_S3_BUCKET: 'media' })).toThrow(/MEDIA_S3_ACCESS_KEY_ID/);
  });

  it('holds the renditions while the database holds only their rows', async () => {
    const bytes = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#264653' } }).png().toBuffer();
    const created = await createMedia(editor, { alt: 'A dark green square', caption: '', credit: '', bytes, originalName: 'square.png' }, db, store);
    const rows = await db.select().from(mediaFiles).where(eq(mediaFiles.mediaId, created.id));
    expect(rows.map((row) => row.width).sort((a, b) => a - b)).toEqual([320, 640, 800, 800]);
    expect(rows.every((row) => row.data === null)).toBe(true);

    const key = created.thumbnail.url.slice('/media/'.length);
    const file = await getMediaFile(key, db, store);
    expect(file?.contentType).toBe('image/webp');
    expect((await sharp(file!.bytes).metadata()).width).toBe(320);

    expect((await deleteMedia(editor, created.id, db, store)).deleted).toBe(true);
    expect(await store.get(key)).toBeNull();
  });
});
