import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/index';
import { changeOwnPassword, resetUserPassword, setUserDisabled, setUserRoles } from '@/db/queries/users';
import { endSession } from '@/db/queries/sessions';
import { users, userSessions } from '@/db/schema';
import { DEMO_PASSWORD, insertAccount, seedDemoUsers } from '@/db/seed/users';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { authorizeCredentials } from './credentials';
import { claimsFromSession, resolveSessionUser, sessionUserFromRow, type SessionClaims, type SessionUser } from './session-user';

let testDb: TestDatabase;
let db: Database;
let admin: SessionUser;

/** Signs in as Auth.js would and returns the claims that end up in the token. */
async function signInClaims(email: string, password = DEMO_PASSWORD): Promise<SessionClaims> {
  const user = await authorizeCredentials({ email, password }, `test-${email}`, db);
  expect(user).not.toBeNull();
  return { userId: Number(user!.id), sessionId: user!.sessionId, sessionVersion: user!.sessionVersion };
}

async function addUser(email: string, roles: SessionUser['roles']) {
  await insertAccount({ email, name: email.split('@')[0]!, roles, password: DEMO_PASSWORD }, db);
  return signInClaims(email);
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedDemoUsers(db);
  const claims = await signInClaims('admin@example.org');
  admin = (await resolveSessionUser(claims, db))!;
});

afterAll(async () => {
  await testDb?.close();
});

describe('the session version check', () => {
  it('accepts a fresh token and returns the user with their roles', async () => {
    const claims = await signInClaims('editor@example.org');
    expect(await resolveSessionUser(claims, db)).toMatchObject({ email: 'editor@example.org', name: 'Emil Editor', roles: ['editor'] });
    expect(admin.roles).toEqual(['admin']);
  });

  it('rejects the old token once the user is disabled, and a new sign-in too', async () => {
    const claims = await addUser('disable-me@example.org', ['editor']);
    expect(await setUserDisabled(admin, claims.userId, true, db)).toMatchObject({ status: 'success' });
    expect(await resolveSessionUser(claims, db)).toBeNull();
    expect(await authorizeCredentials({ email: 'disable-me@example.org', password: DEMO_PASSWORD }, 'x', db)).toBeNull();
    // Enabling again does not revive the old token: the version moved on.
    await setUserDisabled(admin, claims.userId, false, db);
    expect(await resolveSessionUser(claims, db)).toBeNull();
    expect(await resolveSessionUser(await signInClaims('disable-me@example.org'), db)).not.toBeNull();
  });

  it('rejects the old token when a role is removed, but not when one is added', async () => {
    const claims = await addUser('roles@example.org', ['editor']);
    await setUserRoles(admin, claims.userId, ['editor', 'reviewer'], db);
    expect(await resolveSessionUser(claims, db)).toMatchObject({ roles: ['editor', 'reviewer'] });
    await setUserRoles(admin, claims.userId, ['reviewer'], db);
    expect(await resolveSessionUser(claims, db)).toBeNull();
  });

  it('rejects the old token after an admin resets the password', async () => {
    const claims = await addUser('reset@example.org', ['editor']);
    await resetUserPassword(admin, claims.userId, 'a-brand-new-password', db);
    expect(await resolveSessionUser(claims, db)).toBeNull();
    expect(await signInClaims('reset@example.org', 'a-brand-new-password')).toBeTruthy();
  });

  it('rejects the old token after the user changes their own password', async () => {
    const claims = await addUser('own@example.org', ['editor']);
    const self = (await resolveSessionUser(claims, db))!;
    const wrong = await changeOwnPassword(
      self,
      { currentPassword: 'not-my-password', newPassword: 'another-long-password', confirmPassword: 'another-long-password' },
      db,
    );
    expect(wrong).toMatchObject({ status: 'invalid', fieldErrors: { currentPassword: 'This is not your current password.' } });
    expect(await resolveSessionUser(claims, db)).not.toBeNull();
    const changed = await changeOwnPassword(
      self,
      { currentPassword: DEMO_PASSWORD, newPassword: 'another-long-password', confirmPassword: 'another-long-password' },
      db,
    );
    expect(changed.status).toBe('success');
    expect(await resolveSessionUser(claims, db)).toBeNull();
  });

  it('rejects a token for a deleted user or a mismatched row', async () => {
    const claims = await addUser('gone@example.org', ['editor']);
    await db.delete(users).where(eq(users.id, claims.userId));
    expect(await resolveSessionUser(claims, db)).toBeNull();
    const row = { id: 99, email: 'a@b.c', name: 'A', roles: ['editor' as const], disabled: false, sessionVersion: 1, sessionOpen: true };
    expect(sessionUserFromRow({ userId: 98, sessionId: 's', sessionVersion: 1 }, row)).toBeNull();
    expect(sessionUserFromRow({ userId: 99, sessionId: 's', sessionVersion: 2 }, row)).toBeNull();
    expect(sessionUserFromRow({ userId: 99, sessionId: 's', sessionVersion: 1 }, { ...row, sessionOpen: false })).toBeNull();
    expect(sessionUserFromRow({ userId: 99, sessionId: 's', sessionVersion: 1 }, row)).toEqual({ id: 99, email: 'a@b.c', name: 'A', roles: ['editor'] });
  });
});

describe('sessions', () => {
  it('ends the signed-out session only: a copy of its token is refused, the same user in another browser goes on', async () => {
    await addUser('two-browsers@example.org', ['editor']);
    const laptop = await signInClaims('two-browsers@example.org');
    const phone = await signInClaims('two-browsers@example.org');
    expect(laptop.sessionId).not.toBe(phone.sessionId);
    await endSession(laptop.sessionId, db);
    expect(await resolveSessionUser(laptop, db)).toBeNull();
    expect(await resolveSessionUser(phone, db)).toMatchObject({ email: 'two-browsers@example.org' });
    // Ending it twice changes nothing, and a new sign-in gets a new, working session.
    await endSession(laptop.sessionId, db);
    expect(await resolveSessionUser(await signInClaims('two-browsers@example.org'), db)).not.toBeNull();
  });

  it("refuses a session id that belongs to someone else, an unknown one and an expired one", async () => {
    const editor = await signInClaims('editor@example.org');
    const reviewer = await signInClaims('reviewer@example.org');
    expect(await resolveSessionUser({ ...editor, sessionId: reviewer.sessionId }, db)).toBeNull();
    expect(await resolveSessionUser({ ...editor, sessionId: 'made-up' }, db)).toBeNull();
    await db.update(userSessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(userSessions.id, editor.sessionId));
    expect(await resolveSessionUser(editor, db)).toBeNull();
  });
});

describe('claimsFromSession', () => {
  it('reads the user id and session version from the Auth.js session', () => {
    expect(claimsFromSession({ user: { id: '7' }, sessionId: 'abc', sessionVersion: 3, expires: '' })).toEqual({
      userId: 7,
      sessionId: 'abc',
      sessionVersion: 3,
    });
  });

  it.each([
    null,
    undefined,
    {},
    { user: {} },
    { user: { id: 'x' }, sessionId: 'abc', sessionVersion: 1 },
    { user: { id: '7' }, sessionId: 'abc' },
    { user: { id: '7' }, sessionId: 'abc', sessionVersion: '1' },
    // A token issued before sessions had rows of their own names none: it is refused.
    { user: { id: '7' }, sessionVersion: 1 },
    { user: { id: '7' }, sessionId: 5, sessionVersion: 1 },
  ])(
    'refuses %j',
    (session) => {
      expect(claimsFromSession(session)).toBeNull();
    },
  );
});
