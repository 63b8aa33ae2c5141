import 'server-only';
import { assertCan } from '@/lib/errors';
import { asc, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { processUpload } from '@/lib/media/process';
import { configuredStore, type ObjectStore } from '@/lib/media/s3';
import type { MediaForRender, MediaLookup, MediaSummary, MediaVariant } from '@/lib/media/types';
import type { Actor } from '@/lib/permissions';
import type { MediaMetadataInput } from '@/lib/validation/media';
import { getDb, type Database, type Transaction } from '../index';
import { auditLog, media, mediaFiles, type MediaFile } from '../schema';
import { findMediaUsage, type MediaUse } from './media-usage';

export const mediaUrl = (key: string) => `/media/${key}`;
/** A rendition's name: the media id, then the hash of its bytes, so the URL changes whenever the bytes do. */
export const mediaFileKey = (mediaId: number, hash: string, extension: string) => `${mediaId}-${hash}.${extension}`;
export const MEDIA_FILE_KEY = /^\d+-[0-9a-f]{32}\.(webp|jpg)$/;

const variant = (file: Pick<MediaFile, 'key' | 'width' | 'height' | 'contentType'>): MediaVariant => ({
  url: mediaUrl(file.key),
  width: file.width,
  height: file.height,
  contentType: file.contentType,
});

const fileColumns = {
  mediaId: mediaFiles.mediaId,
  key: mediaFiles.key,
  purpose: mediaFiles.purpose,
  width: mediaFiles.width,
  height: mediaFiles.height,
  contentType: mediaFiles.contentType,
};

/** The renditions of each media item: WebP narrowest first, and the JPEG to share. Items lacking either are left out. */
async function renditionsOf(db: Database, ids: readonly number[]) {
  const files = ids.length
    ? await db.select(fileColumns).from(mediaFiles).where(inArray(mediaFiles.mediaId, [...ids])).orderBy(asc(mediaFiles.width))
    : [];
  const renditions = new Map<number, Pick<MediaForRender, 'variants' | 'shareImage'>>();
  for (const id of ids) {
    const own = files.filter((file) => file.mediaId === id);
    const share = own.find((file) => file.purpose === 'share');
    const web = own.filter((file) => file.purpose === 'web');
    if (share && web.length) renditions.set(id, { variants: web.map(variant), shareImage: variant(share) });
  }
  return renditions;
}

/** Media items with their renditions, for pages that show them (public: media has no draft state). */
export async function getMediaLookup(ids: readonly number[], db: Database = getDb()): Promise<MediaLookup> {
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0);
  if (!unique.length) return new Map();
  const [items, renditions] = await Promise.all([db.select().from(media).where(inArray(media.id, unique)), renditionsOf(db, unique)]);
  const lookup = new Map<number, MediaForRender>();
  for (const { id, alt, caption, credit, width, height } of items) {
    const own = renditions.get(id);
    if (own) lookup.set(id, { id, alt, caption, credit, width, height, ...own });
  }
  return lookup;
}

const summaryColumns = {
  id: media.id,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  originalName: media.originalName,
  width: media.width,
  height: media.height,
  createdAt: media.createdAt,
};

async function audit(tx: Transaction, actor: Actor, mediaId: number, action: 'upload_media' | 'update_media' | 'delete_media') {
  await tx.insert(auditLog).values({ entityType: 'media', entityId: mediaId, action, actorId: actor.id > 0 ? actor.id : null });
}

export async function listMedia(actor: Actor, options: { q?: string; page?: number; pageSize?: number }, db: Database = getDb()) {
  assertCan(actor, 'media.view');
  const pageSize = options.pageSize ?? 24;
  const page = Math.max(1, options.page ?? 1);
  const q = options.q?.trim();
  // Words match through the search index; parts of words and file names through LIKE (its wildcards escaped).
  const pattern = q ? `%${q.replace(/[\\%_]/g, '\\$&')}%` : '';
  const where = q
    ? or(sql`${media.search} @@ websearch_to_tsquery('simple', ${q})`, ilike(media.alt, pattern), ilike(media.originalName, pattern))
    : undefined;
  const [rows, [total]] = await Promise.all([
    db.select(summaryColumns).from(media).where(where).orderBy(desc(media.createdAt), desc(media.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ value: count() }).from(media).where(where),
  ]);
  const renditions = await renditionsOf(db, rows.map((row) => row.id));
  const items: MediaSummary[] = rows.flatMap((row) => {
    const own = renditions.get(row.id);
    return own ? [{ ...row, thumbnail: own.variants[0]! }] : [];
  });
  return { items, total: total?.value ?? 0, page, pageSize };
}

export async function getMediaItem(actor: Actor, id: number, db: Database = getDb()) {
  assertCan(actor, 'media.view');
  const [row] = await db.select(summaryColumns).from(media).where(eq(media.id, id));
  const own = row ? (await renditionsOf(db, [id])).get(id) : undefined;
  if (!row || !own) return null;
  return { ...row, thumbnail: own.variants[0]!, variants: own.variants, usage: await findMediaUsage(db, id) };
}

/** Checks, re-encodes and stores an upload; throws MediaRejectedError with a message for the file field. */
export async function createMedia(
  actor: Actor,
  input: MediaMetadataInput & { bytes: Uint8Array; originalName: string },
  db: Database = getDb(),
  store: ObjectStore | null = configuredStore(),
): Promise<MediaSummary> {
  assertCan(actor, 'media.manage');
  const { width, height, renditions } = await processUpload(input.bytes);
  const { row, files } = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(media)
      .values({
        alt: input.alt,
        caption: input.caption,
        credit: input.credit,
        originalName: input.originalName.slice(0, 200),
        width,
        height,
        // Id 0 is the seed, which loads demo images before any account exists.
        createdBy: actor.id > 0 ? actor.id : null,
      })
      .returning(summaryColumns);
    await audit(tx, actor, inserted!.id, 'upload_media');
    const stored = renditions.map((file) => ({
      key: mediaFileKey(inserted!.id, file.hash, file.extension),
      mediaId: inserted!.id,
      purpose: file.purpose,
      width: file.width,
      height: file.height,
      contentType: file.contentType,
      byteSize: file.bytes.byteLength,
      data: store ? null : file.bytes,
    }));
    // Written to the object store before the rows commit: a failed put leaves no row pointing at nothing.
    if (store) await Promise.all(renditions.map((file, i) => store.put(stored[i]!.key, file.bytes, file.contentType)));
    await tx.insert(mediaFiles).values(stored);
    return { row: inserted!, files: stored };
  });
  const smallest = files.filter((file) => file.purpose === 'web').sort((a, b) => a.width - b.width)[0]!;
  return { ...row, thumbnail: variant(smallest) };
}

export async function updateMediaMetadata(actor: Actor, id: number, input: MediaMetadataInput, db: Database = getDb()) {
  assertCan(actor, 'media.manage');
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(media)
      .set({ alt: input.alt, caption: input.caption, credit: input.credit, updatedAt: new Date() })
      .where(eq(media.id, id))
      .returning({ id: media.id });
    // The audit entry also tells every other instance to drop cached pages showing the old details.
    if (updated.length) await audit(tx, actor, id, 'update_media');
    return updated.length > 0;
  });
}

/** Deletes an image nobody uses; otherwise returns where it is used and deletes nothing. */
export async function deleteMedia(
  actor: Actor,
  id: number,
  db: Database = getDb(),
  store: ObjectStore | null = configuredStore(),
): Promise<{ deleted: boolean; usage: MediaUse[] }> {
  assertCan(actor, 'media.manage');
  const result = await db.transaction(async (tx) => {
    // The row lock keeps a concurrent save from starting to use the image between the check and the delete.
    const [row] = await tx.select({ id: media.id }).from(media).where(eq(media.id, id)).for('update');
    if (!row) return { deleted: false, usage: [], keys: [] };
    const usage = await findMediaUsage(tx, id);
    if (usage.length) return { deleted: false, usage, keys: [] };
    const keys = await tx.select({ key: mediaFiles.key }).from(mediaFiles).where(eq(mediaFiles.mediaId, id));
    await tx.delete(media).where(eq(media.id, id));
    await audit(tx, actor, id, 'delete_media');
    return { deleted: true, usage, keys: keys.map((k) => k.key) };
  });
  // The rows are gone; an object the store failed to delete is unreachable and only costs space.
  if (store) {
    await Promise.all(result.keys.map((key) => store.delete(key))).catch((error: unknown) => {
      console.error('Could not delete media objects from the S3 store', error);
    });
  }
  return { deleted: result.deleted, usage: result.usage };
}

/** The bytes behind a content-hashed media URL (public). */
export async function getMediaFile(key: string, db: Database = getDb(), store: ObjectStore | null = configuredStore()) {
  const [file] = await db
    .select({ contentType: mediaFiles.contentType, data: mediaFiles.data })
    .from(mediaFiles)
    .where(eq(mediaFiles.key, key));
  if (!file) return null;
  const bytes = file.data ?? (store ? await store.get(key) : null);
  return bytes ? { contentType: file.contentType, bytes } : null;
}
