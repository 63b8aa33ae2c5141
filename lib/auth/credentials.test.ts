import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/index';
import { signInThrottle, users } from '@/db/schema';
import { DEMO_PASSWORD, seedDemoUsers } from '@/db/seed/users';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { authorizeCredentials } from './credentials';
import { clientAddress, type ThrottleLimits } from './throttle';

let testDb: TestDatabase;
let db: Database;
const limits: ThrottleLimits = {
  perAccountAndAddress: { points: 3, seconds: 900 },
  perAddress: { points: 6, seconds: 900 },
  perAccount: { points: 8, seconds: 3600 },
};

const attempt = (email: string, password: string, address = '203.0.113.1') =>
  authorizeCredentials({ email, password }, address, db, limits);

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedDemoUsers(db);
  await db.update(users).set({ disabled: true }).where(eq(users.email, 'reviewer2@example.org'));
});

afterAll(async () => {
  await testDb?.close();
});

beforeEach(async () => {
  await db.delete(signInThrottle);
});

describe('authorizeCredentials', () => {
  it('signs in with the right password, whatever the case of the email', async () => {
    const user = await attempt('  Editor@Example.org ', DEMO_PASSWORD);
    expect(user).toMatchObject({ email: 'editor@example.org', name: 'Emil Editor', sessionVersion: 1 });
    expect(Number(user?.id)).toBeGreaterThan(0);
  });

  it('answers the same null for a wrong password, an unknown email, a disabled account and malformed input', async () => {
    expect(await attempt('editor@example.org', 'publish-with-care!')).toBeNull();
    expect(await attempt('nobody@example.org', DEMO_PASSWORD)).toBeNull();
    expect(await attempt('reviewer2@example.org', DEMO_PASSWORD)).toBeNull();
    expect(await authorizeCredentials({ email: 'not-an-email' }, 'x', db, limits)).toBeNull();
    expect(await authorizeCredentials(null, 'x', db, limits)).toBeNull();
  });

  it('pauses an account at one address after too many failures there, even for the right password', async () => {
    for (let i = 0; i < limits.perAccountAndAddress.points; i += 1) {
      expect(await attempt('reviewer@example.org', `wrong-${i}`, '198.51.100.1')).toBeNull();
    }
    expect(await attempt('reviewer@example.org', DEMO_PASSWORD, '198.51.100.1')).toBeNull();
    // The same account from the owner's own address, and other accounts from the attacker's, still sign in:
    // failures from one place cannot lock a colleague out.
    expect(await attempt('reviewer@example.org', DEMO_PASSWORD, '198.51.100.2')).not.toBeNull();
    expect(await attempt('admin@example.org', DEMO_PASSWORD, '198.51.100.1')).not.toBeNull();
  });

  it('pauses an address after too many failures across accounts', async () => {
    for (let i = 0; i < limits.perAddress.points; i += 1) {
      expect(await attempt(`guess-${i}@example.org`, 'wrong-password', '192.0.2.7')).toBeNull();
    }
    expect(await attempt('admin@example.org', DEMO_PASSWORD, '192.0.2.7')).toBeNull();
    expect(await attempt('admin@example.org', DEMO_PASSWORD, '192.0.2.8')).not.toBeNull();
  });

  it('pauses an account everywhere once failures from many addresses reach its ceiling', async () => {
    for (let i = 0; i < limits.perAccount.points; i += 1) {
      expect(await attempt('editor@example.org', `wrong-${i}`, `203.0.113.${100 + i}`)).toBeNull();
    }
    expect(await attempt('editor@example.org', DEMO_PASSWORD, '203.0.113.250')).toBeNull();
    expect(await attempt('admin@example.org', DEMO_PASSWORD, '203.0.113.250')).not.toBeNull();
  });

  it('counts an unknown account like a known one', async () => {
    for (let i = 0; i < 3; i += 1) await attempt('ghost@example.org', 'wrong', `10.0.0.${i}`);
    const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, 'sign-in:account:ghost@example.org'));
    expect(row?.points).toBe(3);
    const [pair] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, 'sign-in:account-address:ghost@example.org|10.0.0.1'));
    expect(pair?.points).toBe(1);
  });

  it('clears the account count after a success and does not count successes against the address', async () => {
    await attempt('editor@example.org', 'wrong-1');
    await attempt('editor@example.org', 'wrong-2');
    expect(await attempt('editor@example.org', DEMO_PASSWORD)).not.toBeNull();
    // The count restarted: two more failures still leave room for the right password.
    await attempt('editor@example.org', 'wrong-3');
    await attempt('editor@example.org', 'wrong-4');
    expect(await attempt('editor@example.org', DEMO_PASSWORD)).not.toBeNull();
    for (let i = 0; i < limits.perAddress.points + 2; i += 1) {
      expect(await attempt('admin@example.org', DEMO_PASSWORD, '192.0.2.99')).not.toBeNull();
    }
  });
});

describe('clientAddress', () => {
  it('takes the first hop of X-Forwarded-For, else "unknown"', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }))).toBe('203.0.113.9');
    expect(clientAddress(new Headers())).toBe('unknown');
    expect(clientAddress(undefined)).toBe('unknown');
  });
});
