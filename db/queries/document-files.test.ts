import { createHash } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorialError } from '@/lib/errors';
import { makeDemoPdf } from '@/lib/pdf/generate';
import { pdfRefusals } from '@/lib/pdf/inspect';
import type { Actor } from '@/lib/permissions';
import type { Database } from '../index';
import { documentFiles, media, publications } from '../schema';
import { createTestDatabase, insertActor, type TestDatabase } from '../testing';
import { documentCover, getDocumentFileByKey, getDocumentFilesByIds, storeDocumentFile, uploadDocumentFile } from './document-files';

let testDb: TestDatabase;
let db: Database;
let editor: Actor;
let pdf: Uint8Array;

const keyOf = (bytes: Uint8Array) => eq(documentFiles.key, createHash('sha256').update(bytes).digest('hex'));
const fileCount = async () => Number((await db.select({ n: count() }).from(documentFiles))[0]?.n);

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  editor = await insertActor(db, 'Petra', ['editor']);
  pdf = await makeDemoPdf({
    title: 'Guidelines for mobile polling stations',
    paragraphs: ['Mobile ballot boxes reach voters who cannot travel, such as patients and people in remote villages.'],
    pages: 3,
  });
}, 60_000);

afterAll(async () => {
  await testDb?.close();
});

describe('storeDocumentFile', () => {
  it('stores a PDF with its hash, cleaned name, size, pages, title and text', async () => {
    const result = await storeDocumentFile(db, { name: 'uploads/Mobile polling (final).PDF', bytes: pdf, createdBy: editor.id });
    expect(result.status).toBe('stored');
    if (result.status !== 'stored') return;
    expect(result.file).toMatchObject({
      key: createHash('sha256').update(pdf).digest('hex'),
      name: 'Mobile-polling-final.pdf',
      size: pdf.byteLength,
      pages: 3,
      title: 'Guidelines for mobile polling stations',
    });
    const stored = await getDocumentFileByKey(result.file.key, db);
    expect(Buffer.from(stored!.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(stored!.published).toBe(false);
    const [row] = await db.select({ text: documentFiles.text }).from(documentFiles);
    expect(row?.text).toContain('Mobile ballot boxes reach voters');
  });

  it('refuses a file that is not a PDF, with the inspection sentence', async () => {
    const before = await fileCount();
    const result = await storeDocumentFile(db, { name: 'report.pdf', bytes: new TextEncoder().encode('<html>not a pdf</html>'), createdBy: null });
    expect(result).toEqual({ status: 'refused', message: pdfRefusals.notPdf });
    expect(await fileCount()).toBe(before);
  });

  it('gives the stored row back for the same bytes', async () => {
    const first = await storeDocumentFile(db, { name: 'one.pdf', bytes: pdf, createdBy: null });
    const second = await storeDocumentFile(db, { name: 'two.pdf', bytes: new Uint8Array(pdf), createdBy: null });
    expect(first.status === 'stored' && second.status === 'stored' && first.file.id === second.file.id).toBe(true);
    expect(await fileCount()).toBe(1);
  });
});

describe('uploadDocumentFile', () => {
  it('refuses someone without an editorial role', async () => {
    const nobody: Actor = { id: 0, name: 'Nobody', roles: [] };
    const other = await makeDemoPdf({ title: 'Another file', paragraphs: ['Something else entirely.'] });
    await expect(uploadDocumentFile(nobody, { name: 'x.pdf', bytes: other }, db)).rejects.toBeInstanceOf(EditorialError);
    await expect(uploadDocumentFile(nobody, { name: 'x.pdf', bytes: other }, db)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await fileCount()).toBe(1);
  });

  it('stores an editor’s upload as theirs', async () => {
    const other = await makeDemoPdf({ title: 'Field notes', paragraphs: ['Notes from the field visit.'] });
    const result = await uploadDocumentFile(editor, { name: 'notes.pdf', bytes: other }, db);
    expect(result.status).toBe('stored');
    const [row] = await db.select({ createdBy: documentFiles.createdBy }).from(documentFiles).where(keyOf(other));
    expect(row?.createdBy).toBe(editor.id);
  });
});

describe('reads', () => {
  it('gives files in the order asked for, leaving out unknown ids', async () => {
    const all = await db.select({ id: documentFiles.id }).from(documentFiles);
    const ids = all.map((row) => row.id).sort((a, b) => b - a);
    const files = await getDocumentFilesByIds([ids[0]!, 999_999, ids[1]!], db);
    expect(files.map((file) => file.id)).toEqual([ids[0], ids[1]]);
    expect(Object.keys(files[0]!).sort()).toEqual(['id', 'key', 'name', 'pages', 'size', 'title']);
  });

  it('says a file is published only while a live publication lists it', async () => {
    const [file] = await db.select({ id: documentFiles.id, key: documentFiles.key }).from(documentFiles).limit(1);
    const values = { slug: 'handbook', title: 'Handbook', type: 'handbook' as const, publishedOn: '2025-01-01', fileIds: [file!.id] };
    await db.insert(publications).values({ ...values, status: 'draft' });
    expect((await getDocumentFileByKey(file!.key, db))?.published).toBe(false);
    await db.insert(publications).values({ ...values, slug: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) });
    expect((await getDocumentFileByKey(file!.key, db))?.published).toBe(false);
    await db.insert(publications).values({ ...values, slug: 'live', status: 'published', publishedAt: new Date('2025-01-01T09:00:00Z') });
    expect((await getDocumentFileByKey(file!.key, db))?.published).toBe(true);
    expect(await getDocumentFileByKey('0'.repeat(64), db)).toBeNull();
  });
});

describe('documentCover', () => {
  it('puts the first page into the media library once, and offers the same image for the same file again', async () => {
    const stored = await uploadDocumentFile(editor, { name: 'cover-test.pdf', bytes: pdf }, db);
    if (stored.status !== 'stored') throw new Error(stored.message);
    const coverId = await documentCover(editor, stored.file, pdf, db);
    expect(coverId).not.toBeNull();
    const [image] = await db.select({ alt: media.alt, width: media.width, height: media.height }).from(media).where(eq(media.id, coverId!));
    expect(image).toMatchObject({ alt: 'First page of “Guidelines for mobile polling stations”', width: 1200 });
    expect(image!.height).toBeGreaterThan(1600);
    expect(await documentCover(editor, stored.file, pdf, db)).toBe(coverId);
  });
});
