import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorialError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import type { Database } from '../index';
import { users } from '../schema';
import { DEMO_PASSWORD, seedDemoUsers } from '../seed/users';
import { createTestDatabase, type TestDatabase } from '../testing';
import { createUser, listUsers, resetUserPassword, setUserDisabled, setUserRoles } from './users';

let testDb: TestDatabase;
let db: Database;
let admin: Actor;
let editorId: number;

const snapshot = () => db.select().from(users).orderBy(users.id);

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedDemoUsers(db);
  const rows = await snapshot();
  const adminRow = rows.find((r) => r.email === 'admin@example.org')!;
  admin = { id: adminRow.id, name: adminRow.name, roles: adminRow.roles };
  editorId = rows.find((r) => r.email === 'editor@example.org')!.id;
});

afterAll(async () => {
  await testDb?.close();
});

describe('users queries refuse anyone who is not an admin', () => {
  const nonAdmins: Actor[] = [
    { id: 0, name: 'Editor', roles: ['editor'] },
    { id: 0, name: 'Reviewer', roles: ['reviewer', 'editor'] },
    { id: 0, name: 'Nobody', roles: [] },
  ];

  for (const actor of nonAdmins) {
    it(`${actor.name} can neither read nor change users, and nothing changes`, async () => {
      const before = await snapshot();
      const input = { email: 'sneaky@example.org', name: 'Sneaky', roles: ['admin' as const], password: 'long-enough-password' };
      await expect(listUsers(actor, db)).rejects.toThrow(EditorialError);
      await expect(createUser(actor, input, db)).rejects.toThrow(EditorialError);
      await expect(setUserRoles(actor, editorId, ['admin'], db)).rejects.toThrow(EditorialError);
      await expect(setUserDisabled(actor, editorId, true, db)).rejects.toThrow(EditorialError);
      await expect(resetUserPassword(actor, editorId, 'long-enough-password', db)).rejects.toThrow(EditorialError);
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe('users queries for an admin', () => {
  it('lists users without password hashes', async () => {
    const list = await listUsers(admin, db);
    expect(list.map((u) => u.email)).toContain('reviewer2@example.org');
    expect(Object.keys(list[0]!)).not.toContain('passwordHash');
  });

  it('creates a user with a lower-cased email and refuses a taken one', async () => {
    const input = { email: ' New.Person@Example.org', name: 'New Person', roles: ['editor' as const], password: 'long-enough-password' };
    const created = await createUser(admin, input, db);
    expect(created).toMatchObject({ status: 'success', data: { email: 'new.person@example.org', roles: ['editor'], disabled: false } });
    expect(await createUser(admin, { ...input, email: 'new.person@example.org' }, db)).toMatchObject({ status: 'invalid', fieldErrors: { email: 'A user with this email address already exists.' } });
  });

  it('refuses a short initial password', async () => {
    const input = { email: 'short@example.org', name: 'Short', roles: ['editor' as const], password: 'too-short' };
    await expect(createUser(admin, input, db)).rejects.toThrow();
  });

  it('bumps the session version only when something is taken away', async () => {
    const version = async () => (await snapshot()).find((r) => r.id === editorId)!.sessionVersion;
    const start = await version();
    await setUserRoles(admin, editorId, ['editor', 'reviewer'], db);
    expect(await version()).toBe(start);
    await setUserRoles(admin, editorId, ['editor'], db);
    expect(await version()).toBe(start + 1);
    await setUserDisabled(admin, editorId, true, db);
    expect(await version()).toBe(start + 2);
    await setUserDisabled(admin, editorId, false, db);
    expect(await version()).toBe(start + 2);
    await resetUserPassword(admin, editorId, DEMO_PASSWORD, db);
    expect(await version()).toBe(start + 3);
  });

  it('keeps an admin from locking themselves out', async () => {
    expect(await setUserRoles(admin, admin.id, ['editor'], db)).toMatchObject({ status: 'conflict' });
    expect(await setUserDisabled(admin, admin.id, true, db)).toMatchObject({ status: 'conflict' });
    expect((await snapshot()).find((r) => r.id === admin.id)).toMatchObject({ roles: ['admin'], disabled: false });
  });

  it('answers not_found for a missing user', async () => {
    await expect(setUserDisabled(admin, 999_999, true, db)).rejects.toMatchObject({ code: 'not_found' });
    await expect(setUserRoles(admin, 999_999, ['editor'], db)).rejects.toMatchObject({ code: 'not_found' });
  });
});
