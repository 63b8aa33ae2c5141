import 'server-only';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Database } from '@/db/index';
import { signInThrottle } from '@/db/schema';

// Sign-in attempts are counted in the database (table sign_in_throttle), so the limits hold across
// several app instances, on PGlite and on PostgreSQL alike.

export interface ThrottleLimits {
  /** Failed attempts per account (lower-cased email) within `seconds`. */
  perAccount: number;
  /** Failed attempts per client address within `seconds`. */
  perAddress: number;
  seconds: number;
}

export const defaultThrottleLimits: ThrottleLimits = { perAccount: 5, perAddress: 20, seconds: 15 * 60 };

export interface SignInThrottle {
  /** Counts one attempt for both keys; false when either is over its limit (then nothing may be verified). */
  allow(email: string, address: string): Promise<boolean>;
  /** A successful sign-in clears the account's count and gives the address its attempt back. */
  succeeded(email: string, address: string): Promise<void>;
}

const cache = new WeakMap<Database, Map<string, SignInThrottle>>();

export function signInThrottleFor(db: Database, limits: ThrottleLimits = defaultThrottleLimits): SignInThrottle {
  const key = `${limits.perAccount}/${limits.perAddress}/${limits.seconds}`;
  let byLimits = cache.get(db);
  if (!byLimits) cache.set(db, (byLimits = new Map()));
  const existing = byLimits.get(key);
  if (existing) return existing;

  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterDrizzle({
      storeClient: db,
      schema: signInThrottle,
      keyPrefix,
      points,
      duration: limits.seconds,
      blockDuration: limits.seconds,
    });
  const account = limiter('sign-in:account', limits.perAccount);
  const address = limiter('sign-in:address', limits.perAddress);

  const throttle: SignInThrottle = {
    async allow(email, addr) {
      // Consuming first (an atomic upsert) rather than reading and then counting failures means that
      // parallel guesses cannot all slip past the limit before the first one is counted.
      const results = await Promise.allSettled([account.consume(email), address.consume(addr)]);
      for (const result of results) {
        if (result.status === 'rejected' && !(result.reason instanceof RateLimiterRes)) throw result.reason;
      }
      return results.every((r) => r.status === 'fulfilled');
    },
    async succeeded(email, addr) {
      await Promise.all([account.delete(email), address.reward(addr, 1)]);
    },
  };
  byLimits.set(key, throttle);
  return throttle;
}

/** First hop of X-Forwarded-For (the client, as the nearest proxy reports it), else 'unknown'. */
export function clientAddress(headers: Headers | undefined): string {
  const first = headers?.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first ? first.slice(0, 64) : 'unknown';
}
