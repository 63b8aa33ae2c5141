import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { cleanDocumentName } from '@/lib/documents';
import { assertCan } from '@/lib/errors';
import { renderFirstPage } from '@/lib/pdf/cover';
import { inspectPdf } from '@/lib/pdf/inspect';
import { can, type Actor } from '@/lib/permissions';
import { getDb, type Database, type Executor } from '../index';
import { documentFiles, publications } from '../schema';
import { createMedia } from './media';

/** What pages and forms show of an uploaded PDF (never its bytes or text). */
export interface DocumentFileSummary {
  id: number;
  key: string;
  name: string;
  size: number;
  pages: number;
  title: string;
}

export type StoreDocumentFileResult = { status: 'stored'; file: DocumentFileSummary } | { status: 'refused'; message: string };

const summaryColumns = {
  id: documentFiles.id,
  key: documentFiles.key,
  name: documentFiles.name,
  size: documentFiles.size,
  pages: documentFiles.pages,
  title: documentFiles.title,
};

/**
 * True when a live publication lists the file. The id is qualified by hand: in a select list drizzle writes a
 * column without its table, and the subquery's table would capture it.
 */
const offeredByLivePublication = () =>
  sql<boolean>`exists (select 1 from ${publications} p where p.file_ids @> array[${documentFiles}.id]
    and p.published_at is not null and p.published_at <= now())`;

/**
 * Checks a PDF by its bytes and stores it. The same bytes uploaded twice give the row stored the first time (its
 * name included): the key is their hash. A refusal carries the sentence for the editor.
 */
export async function storeDocumentFile(
  db: Executor,
  input: { name: string; bytes: Uint8Array; createdBy: number | null },
): Promise<StoreDocumentFileResult> {
  const key = createHash('sha256').update(input.bytes).digest('hex');
  const [known] = await db.select(summaryColumns).from(documentFiles).where(eq(documentFiles.key, key));
  if (known) return { status: 'stored', file: known };

  const inspection = await inspectPdf(input.bytes);
  if (!inspection.ok) return { status: 'refused', message: inspection.reason };
  const [inserted] = await db
    .insert(documentFiles)
    .values({
      key,
      name: cleanDocumentName(input.name),
      size: input.bytes.byteLength,
      pages: inspection.pages,
      title: inspection.title ?? '',
      text: inspection.text,
      data: input.bytes,
      createdBy: input.createdBy,
    })
    // Two uploads of the same file at once: the second finds the first's row.
    .onConflictDoNothing({ target: documentFiles.key })
    .returning(summaryColumns);
  const file = inserted ?? (await db.select(summaryColumns).from(documentFiles).where(eq(documentFiles.key, key)))[0];
  if (!file) throw new Error(`The document file ${key} was neither inserted nor found.`);
  return { status: 'stored', file };
}

/** The editorial upload: only someone who may edit publications may add files. */
export async function uploadDocumentFile(
  actor: Actor,
  input: { name: string; bytes: Uint8Array },
  db: Database = getDb(),
): Promise<StoreDocumentFileResult> {
  assertCan(actor, 'publications.edit');
  // Id 0 is the seed, which stores demo files before any account exists.
  return storeDocumentFile(db, { ...input, createdBy: actor.id > 0 ? actor.id : null });
}

/** Files' details in the order of `ids` (a publication's `file_ids`); ids that name no file are left out. */
export async function getDocumentFilesByIds(ids: readonly number[], db: Executor = getDb()): Promise<DocumentFileSummary[]> {
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0);
  if (unique.length === 0) return [];
  const rows = await db.select(summaryColumns).from(documentFiles).where(inArray(documentFiles.id, unique));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface DocumentFileDownload extends DocumentFileSummary {
  bytes: Uint8Array;
  /** True when a live publication offers the file; only then is it public. */
  published: boolean;
}

/** A file with its bytes, for the download route, and whether any live publication lists it. */
export async function getDocumentFileByKey(key: string, db: Executor = getDb()): Promise<DocumentFileDownload | null> {
  const [row] = await db
    .select({ ...summaryColumns, bytes: documentFiles.data, published: offeredByLivePublication() })
    .from(documentFiles)
    .where(eq(documentFiles.key, key));
  return row ?? null;
}

/** A file's details when a live publication offers it; otherwise null, so that drafts' files stay private. */
export async function findPublishedDocumentFile(key: string, db: Executor = getDb()): Promise<DocumentFileSummary | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(documentFiles)
    .where(and(eq(documentFiles.key, key), offeredByLivePublication()));
  return row ?? null;
}

/**
 * The cover a file offers its publication: an image of its first page in the media library, made once per file
 * (lib/pdf/cover.ts) and then reused. Null when the actor may not add to the media library or the page cannot be
 * drawn; the editor then chooses a cover from the library.
 */
export async function documentCover(actor: Actor, file: DocumentFileSummary, bytes: Uint8Array, db: Database = getDb()): Promise<number | null> {
  assertCan(actor, 'publications.edit');
  if (!can(actor.roles, 'media.manage')) return null;
  const [row] = await db.select({ coverId: documentFiles.coverId }).from(documentFiles).where(eq(documentFiles.id, file.id));
  if (row?.coverId) return row.coverId;
  const png = await renderFirstPage(bytes, 1200);
  if (!png) return null;
  const cover = await createMedia(
    actor,
    { bytes: png, alt: `First page of “${file.title || file.name}”`, caption: '', credit: '', originalName: file.name.replace(/\.pdf$/i, '-cover.png') },
    db,
  );
  await db.update(documentFiles).set({ coverId: cover.id }).where(eq(documentFiles.id, file.id));
  return cover.id;
}
