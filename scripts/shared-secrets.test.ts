import { describe, expect, it } from 'vitest';
import { sharedSecretProblems } from './shared-secrets.mjs';

const key = Buffer.alloc(32, 7).toString('base64');
const authSecret = 'a'.repeat(43);

describe('the secrets instances must share', () => {
  it('are not asked of a single instance', () => {
    expect(sharedSecretProblems({})).toEqual([]);
  });

  it('are all required once a shared cache says there are several instances', () => {
    const problems = sharedSecretProblems({ REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^AUTH_SECRET is not set/);
    expect(problems[1]).toMatch(/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set/);
  });

  it('refuse a weak session secret and a key of the wrong length', () => {
    const problems = sharedSecretProblems({ MULTI_INSTANCE: '1', AUTH_SECRET: 'short', NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'c2hvcnQ=' });
    expect(problems).toEqual(['AUTH_SECRET must be at least 32 characters.', expect.stringMatching(/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be a base64 AES key/)]);
  });

  it('are satisfied by a proper pair', () => {
    expect(sharedSecretProblems({ MULTI_INSTANCE: '1', AUTH_SECRET: authSecret, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toEqual([]);
  });
});
