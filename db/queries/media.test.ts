import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaRejectedError } from '@/lib/media/process';
import type { Actor } from '@/lib/permissions';
import type { Database } from '../index';
import { events, newsItems, newsRevisions, pages, publications } from '../schema';
import { createTestDatabase, insertActor, type TestDatabase } from '../testing';
import { createMedia, deleteMedia, getMediaFile, getMediaLookup, listMedia, updateMediaMetadata } from './media';
import {  } from './editorial-news';
import { EditorialError } from '@/lib/errors';

let testDb: TestDatabase;
let db: Database;
let editor: Actor;
const nobody: Actor = { id: 0, name: 'Nobody', roles: [] };
const details = { alt: 'Observers at a polling station', caption: 'Counting began at 8 p.m.', credit: 'OSCE/ODIHR' };

async function photo(width = 2400, height = 1600) {
  return sharp({ create: { width, height, channels: 3, background: '#2f6f9f' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Someone', Copyright: 'Private' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 12/1 30/1' } })
    .toBuffer();
}

const upload = (bytes: Uint8Array, originalName = 'photo.jpg') => createMedia(editor, { ...details, bytes, originalName }, db, null);

async function rejection(bytes: Uint8Array, name: string): Promise<string> {
  const error = await upload(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaRejectedError);
  return (error as Error).message;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  editor = await insertActor(db, 'Mira', ['editor']);
}, 60_000);

afterAll(async () => {
  await testDb?.close();
});

describe('upload validation', () => {
  it('refuses a PHP file renamed .jpg, looking at its bytes', async () => {
    const message = await rejection(new TextEncoder().encode('<?php system($_GET["c"]); ?>'), 'shell.jpg');
    expect(message).toBe('This file is not a JPEG, PNG or WebP image (its contents were checked, not its name).');
  });

  it('refuses a 30 MB file', async () => {
    const big = new Uint8Array(30 * 1024 * 1024);
    big.set(await photo(64, 64));
    expect(await rejection(big, 'huge.jpg')).toBe('The file is larger than 10 MB. Make it smaller and try again.');
  });

  it('refuses a zero-byte file', async () => {
    expect(await rejection(new Uint8Array(0), 'empty.png')).toBe('The file is empty. Choose an image file.');
  });

  it('refuses a truncated PNG whose header still looks right', async () => {
    const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#a33' } }).png({ compressionLevel: 0 }).toBuffer();
    const truncated = png.subarray(0, Math.floor(png.length / 2));
    expect((await sharp(truncated).metadata()).format).toBe('png');
    expect(await rejection(truncated, 'cut.png')).toBe('The image is damaged or incomplete and cannot be read. Export it again and retry.');
  });

  it('refuses a truncated JPEG, even one large enough to be decoded at a fraction of its size', async () => {
    const jpeg = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .jpeg({ quality: 70 })
      .toBuffer();
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length * 0.8));
    expect((await sharp(truncated).metadata()).format).toBe('jpeg');
    expect(await rejection(truncated, 'cut.jpg')).toBe('The image is damaged or incomplete and cannot be read. Export it again and retry.');
  });

  it('stores nothing for a refused upload', async () => {
    expect((await listMedia(editor, {}, db)).total).toBe(0);
  });

  it('refuses people without the media permission', async () => {
    await expect(createMedia(nobody, { ...details, bytes: await photo(64, 64), originalName: 'a.jpg' }, db, null)).rejects.toBeInstanceOf(EditorialError);
  });
});

describe('a stored image', () => {
  it('is re-encoded without metadata, in responsive widths with sizes', async () => {
    const original = await photo();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const created = await upload(original);
    expect(created).toMatchObject({ ...details, width: 2400, height: 1600, originalName: 'photo.jpg' });

    const render = (await getMediaLookup([created.id], db)).get(created.id)!;
    expect(render.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 213],
      [640, 427],
      [960, 640],
      [1280, 853],
      [1920, 1280],
    ]);
    expect(render.shareImage).toMatchObject({ width: 1200, height: 800, contentType: 'image/jpeg' });
    for (const file of [...render.variants, render.shareImage]) {
      expect(file.url).toMatch(/^\/media\/\d+-[0-9a-f]{32}\.(webp|jpg)$/);
      const stored = await getMediaFile(file.url.slice('/media/'.length), db, null);
      const metadata = await sharp(stored!.bytes).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.width).toBe(file.width);
    }
  });

  it('keeps a narrow image at its own width', async () => {
    const created = await upload(await photo(200, 100), 'small.jpg');
    const render = (await getMediaLookup([created.id], db)).get(created.id)!;
    expect(render.variants.map((v) => v.width)).toEqual([200]);
    expect(render.shareImage.width).toBe(200);
  });

  it('is found by words of its alt text, caption or file name', async () => {
    expect((await listMedia(editor, { q: 'polling' }, db)).total).toBe(2);
    expect((await listMedia(editor, { q: 'small' }, db)).items.map((m) => m.originalName)).toEqual(['small.jpg']);
    expect((await listMedia(editor, { q: 'nonexistentword' }, db)).total).toBe(0);
  });

  it('has editable details', async () => {
    const created = await upload(await photo(300, 300), 'edit.jpg');
    expect(await updateMediaMetadata(editor, created.id, { alt: 'A new description', caption: '', credit: 'Me' }, db)).toBe(true);
    expect((await getMediaLookup([created.id], db)).get(created.id)).toMatchObject({ alt: 'A new description', credit: 'Me' });
  });
});

describe('deleting an image', () => {
  it('deletes an unused image and its files', async () => {
    const created = await upload(await photo(100, 100), 'unused.jpg');
    const key = created.thumbnail.url.slice('/media/'.length);
    expect(await deleteMedia(editor, created.id, db, null)).toEqual({ deleted: true, usage: [] });
    expect(await getMediaFile(key, db, null)).toBeNull();
  });

  it('refuses while a news item revision or a page body uses it, and says where', async () => {
    const lead = await upload(await photo(100, 100), 'lead.jpg');
    const inBody = await upload(await photo(100, 100), 'body.jpg');
    const body = { type: 'doc' as const, content: [{ type: 'image' as const, attrs: { mediaId: inBody.id, alt: 'x', caption: '' } }] };
    const [item] = await db.insert(newsItems).values({ slug: 'uses-media', title: 'Uses media', issuedOn: '2026-01-01' }).returning();
    await db.insert(newsRevisions).values({ newsItemId: item!.id, number: 1, slug: 'uses-media', type: 'news_item', title: 'Uses media', lead: '', issuedOn: '2026-01-01', imageId: lead.id });
    await db.insert(pages).values({ slug: 'uses-media', title: 'A page with an image', body });

    expect(await deleteMedia(editor, lead.id, db, null)).toEqual({
      deleted: false,
      usage: [{ kind: 'news_item', id: item!.id, title: 'Uses media', href: `/editor/news/${item!.id}` }],
    });
    const refused = await deleteMedia(editor, inBody.id, db, null);
    expect(refused.deleted).toBe(false);
    expect(refused.usage.map((use) => [use.kind, use.title])).toEqual([['page', 'A page with an image']]);
    expect((await getMediaLookup([lead.id, inBody.id], db)).size).toBe(2);
  });

  it('knows every kind of the registry: a publication cover and an event body count as uses', async () => {
    const cover = await upload(await photo(100, 100), 'cover.jpg');
    const body = { type: 'doc' as const, content: [{ type: 'image' as const, attrs: { mediaId: cover.id, alt: 'x', caption: '' } }] };
    await db.insert(publications).values({ slug: 'with-cover', title: 'A report with a cover', type: 'report', publishedOn: '2026-01-01', coverId: cover.id });
    const startsAt = new Date('2027-01-01T09:00:00Z');
    await db.insert(events).values({ slug: 'with-image', title: 'An event with a picture', body, startsAt, endsAt: startsAt, timeZone: 'UTC' });
    const refused = await deleteMedia(editor, cover.id, db, null);
    expect(refused.deleted).toBe(false);
    expect(refused.usage.map((use) => [use.kind, use.title])).toEqual([
      ['event', 'An event with a picture'],
      ['publication', 'A report with a cover'],
    ]);
  });
});
