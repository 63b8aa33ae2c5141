import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import type { Database } from '../index';
import { fieldsOfWork, structures } from '../schema';
import { seed } from '../seed';
import { createTestDatabase, insertActor, type TestDatabase } from '../testing';
import { findTermRedirect } from './taxonomy';
import { updateTerm } from './taxonomy-admin';

let testDb: TestDatabase;
let db: Database;
let admin: Actor;
let editor: Actor;

const idOf = async (table: typeof structures | typeof fieldsOfWork, slug: string) =>
  (await db.select({ id: table.id }).from(table).where(eq(table.slug, slug)))[0]!.id;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seed(db);
  admin = await insertActor(db, 'Ada', ['admin']);
  editor = await insertActor(db, 'Emil', ['editor', 'reviewer']);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe('updateTerm', () => {
  it('renames a field of work and keeps the old slug redirecting to the new one', async () => {
    const id = await idOf(fieldsOfWork, 'youth');
    const result = await updateTerm(admin, 'field_of_work', id, { name: 'Youth and security', slug: 'youth-and-security', description: 'Young people.', parentId: 0 }, db);
    expect(result.status).toBe('success');
    expect(await findTermRedirect('field_of_work', 'youth', db)).toBe('youth-and-security');
    const [row] = await db.select().from(fieldsOfWork).where(eq(fieldsOfWork.id, id));
    expect(row).toMatchObject({ name: 'Youth and security', slug: 'youth-and-security' });
  });

  it('refuses a slug another term uses, and anyone who is not an admin', async () => {
    const id = await idOf(fieldsOfWork, 'policing');
    const clash = await updateTerm(admin, 'field_of_work', id, { name: 'Policing', slug: 'elections', description: '', parentId: 0 }, db);
    expect(clash.status === 'invalid' && clash.fieldErrors.slug).toContain('already uses');
    await expect(updateTerm(editor, 'field_of_work', id, { name: 'Hijacked', slug: 'policing', description: '', parentId: 0 }, db)).rejects.toThrow();
    const [row] = await db.select().from(fieldsOfWork).where(eq(fieldsOfWork.id, id));
    expect(row?.name).toBe('Policing');
  });

  it('moves a structure in the tree but never inside its own units', async () => {
    const secretariat = await idOf(structures, 'secretariat');
    const unit = await idOf(structures, 'transnational-threats-department');
    const cycle = await updateTerm(admin, 'structure', secretariat, { name: 'OSCE Secretariat', slug: 'secretariat', description: '', parentId: unit }, db);
    expect(cycle.status === 'invalid' && cycle.fieldErrors.parentId).toBeTruthy();
    const moved = await updateTerm(admin, 'structure', unit, { name: 'Transnational Threats Department', slug: 'transnational-threats-department', description: 'Moved.', parentId: 0 }, db);
    expect(moved.status).toBe('success');
    const [row] = await db.select().from(structures).where(eq(structures.id, unit));
    expect(row?.parentId).toBeNull();
  });
});
