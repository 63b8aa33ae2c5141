import 'server-only';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Database } from '@/db/index';
import { signInThrottle } from '@/db/schema';

// Failed sign-ins are counted in the database (table sign_in_throttle), so the limits hold across several app
// instances, on PGlite and on PostgreSQL alike. Three counts, as flood control should be:
// - per account *and* address, the tight one: guessing one account's password from one place is slow, while a
//   colleague at another address still signs in (nobody can lock someone out from elsewhere);
// - per address, wider: one place cannot spray guesses over many accounts;
// - per account, a slow ceiling: a guess campaign from many addresses still stops.
// The address is the one scripts/server.mjs settled from the socket and the trusted proxies (TRUSTED_PROXIES).

export interface Limit {
  points: number;
  seconds: number;
}

export interface ThrottleLimits {
  perAccountAndAddress: Limit;
  perAddress: Limit;
  perAccount: Limit;
}

export const defaultThrottleLimits: ThrottleLimits = {
  perAccountAndAddress: { points: 5, seconds: 15 * 60 },
  perAddress: { points: 50, seconds: 60 * 60 },
  perAccount: { points: 100, seconds: 60 * 60 },
};

export interface SignInThrottle {
  /** Counts one attempt against every limit; false when any is exhausted (then nothing may be verified). */
  allow(email: string, address: string): Promise<boolean>;
  /** A successful sign-in clears its account-and-address count and gives the other two their attempt back. */
  succeeded(email: string, address: string): Promise<void>;
}

const cache = new WeakMap<Database, Map<string, SignInThrottle>>();

export function signInThrottleFor(db: Database, limits: ThrottleLimits = defaultThrottleLimits): SignInThrottle {
  const cacheKey = JSON.stringify(limits);
  let byLimits = cache.get(db);
  if (!byLimits) cache.set(db, (byLimits = new Map()));
  const existing = byLimits.get(cacheKey);
  if (existing) return existing;

  const limiter = (keyPrefix: string, { points, seconds }: Limit) =>
    new RateLimiterDrizzle({ storeClient: db, schema: signInThrottle, keyPrefix, points, duration: seconds, blockDuration: seconds });
  const pair = limiter('sign-in:account-address', limits.perAccountAndAddress);
  const address = limiter('sign-in:address', limits.perAddress);
  const account = limiter('sign-in:account', limits.perAccount);
  const pairKey = (email: string, addr: string) => `${email}|${addr}`;

  const throttle: SignInThrottle = {
    async allow(email, addr) {
      // Consuming first (an atomic upsert) rather than reading and then counting failures means that
      // parallel guesses cannot all slip past the limit before the first one is counted.
      const results = await Promise.allSettled([pair.consume(pairKey(email, addr)), address.consume(addr), account.consume(email)]);
      for (const result of results) {
        if (result.status === 'rejected' && !(result.reason instanceof RateLimiterRes)) throw result.reason;
      }
      return results.every((r) => r.status === 'fulfilled');
    },
    async succeeded(email, addr) {
      await Promise.all([pair.delete(pairKey(email, addr)), address.reward(addr, 1), account.reward(email, 1)]);
    },
  };
  byLimits.set(cacheKey, throttle);
  return throttle;
}

/**
 * The client address of a request: the single X-Forwarded-For value that scripts/server.mjs sets from the
 * socket (or from the hops of trusted proxies) on every request, else 'unknown'.
 */
export function clientAddress(headers: Headers | undefined): string {
  const first = headers?.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first ? first.slice(0, 64) : 'unknown';
}
