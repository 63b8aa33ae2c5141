import { describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with argon2id and a fresh salt each time', async () => {
    const first = await hashPassword('publish-with-care');
    const second = await hashPassword('publish-with-care');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('publish-with-care');
    expect(await verifyPassword(stored, 'publish-with-care')).toBe(true);
    expect(await verifyPassword(stored, 'publish-with-care ')).toBe(false);
    expect(await verifyPassword(stored, '')).toBe(false);
  });

  it('answers false, not an exception, for a malformed hash', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });

  it('uses the same parameters for the dummy hash as for real ones', async () => {
    const real = await hashPassword('x');
    expect(DUMMY_PASSWORD_HASH.split('$').slice(0, 4)).toEqual(real.split('$').slice(0, 4));
    expect(await verifyPassword(DUMMY_PASSWORD_HASH, 'publish-with-care')).toBe(false);
  });
});
