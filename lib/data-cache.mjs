// The data cache behind `'use cache'` (next.config.js, `cacheHandlers.default`). Without REDIS_URL it is an
// in-memory handler that follows Next.js's own (createMemoryDataCache), bounded by DATA_CACHE_MB (default 48).
// With REDIS_URL the entries live in Redis, shared by every instance, and are checked against the tag times
// that every instance records there (lib/redis.mjs); while Redis is unreachable the in-memory handler serves
// instead, so reads go to the database until Redis is back.
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';
import { LRUCache } from 'lru-cache';
import { announceDroppedTags, cacheCommandFailed, lastDropped, PREFIX, sharedRedis, withTimeout } from './redis.mjs';

const require = createRequire(import.meta.url);
const { areTagsExpired, areTagsStale, tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

const DEFAULT_SIZE = Math.max(1, Number(process.env.DATA_CACHE_MB ?? 48)) * 1024 * 1024;
const redisKey = (key) => `${PREFIX}data:${key}`;

/** @param {ReadableStream<Uint8Array>} stream */
async function bytesOf(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** @param {Uint8Array} bytes */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * The in-memory `'use cache'` handler: Next.js's own (same expiry and tag rules, same tag manifest, so
 * `revalidateTag` and `updateTag` reach it), except that each value is held in a buffer of its own size. Next.js's
 * handler keeps the buffer it reads the value into, and a small value read that way is a slice of an 8 KB block
 * shared with other allocations: each cached list of a few hundred bytes kept a whole block alive while the cache
 * counted only its few hundred bytes, so the cache held many times its nominal size.
 */
export function createMemoryDataCache(maxBytes = DEFAULT_SIZE) {
  const entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (stored, key) => stored.value.byteLength + key.length + 200 });
  const pending = new Map();
  const now = () => performance.timeOrigin + performance.now();
  return {
    async get(cacheKey) {
      await pending.get(cacheKey);
      const stored = entries.get(cacheKey);
      if (!stored) return undefined;
      const { entry, value } = stored;
      // Past its revalidation time an in-memory entry counts as missing, as in Next.js's own handler.
      if (entry.expire < 0 || now() > entry.timestamp + entry.revalidate * 1000) return undefined;
      if (areTagsExpired(entry.tags, entry.timestamp)) return undefined;
      return { ...entry, revalidate: areTagsStale(entry.tags, entry.timestamp) ? -1 : entry.revalidate, value: streamOf(value) };
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pending.set(cacheKey, new Promise((resolve) => (done = resolve)));
      try {
        const { value: stream, ...entry } = await pendingEntry;
        const bytes = await bytesOf(stream);
        if (entry.expire === 0) return;
        // A copy in memory of exactly its own size (see above).
        entries.set(cacheKey, { entry, value: new Uint8Array(bytes) });
      } catch {
        // A failed render is not cached; the next request renders again.
      } finally {
        pending.delete(cacheKey);
        done();
      }
    },

    async refreshTags() {},

    async getExpiration(tags) {
      return Math.max(0, ...tags.map((tag) => tagsManifest.get(tag)?.expired ?? 0));
    },

    async updateTags(tags, durations) {
      const time = Math.round(now());
      for (const tag of tags) {
        const known = tagsManifest.get(tag) ?? {};
        tagsManifest.set(
          tag,
          durations ? { ...known, stale: time, ...(durations.expire === undefined ? {} : { expired: time + durations.expire * 1000 }) } : { ...known, expired: time },
        );
      }
    },
  };
}

/**
 * A `'use cache'` handler on Redis, with `local` (the in-memory handler) for when Redis is unreachable.
 * @param {import('./redis.mjs').SharedRedis} redis
 */
export function createRedisDataCache(redis, local = createMemoryDataCache()) {
  /** Sets in progress: a read of the same key waits for them, as the interface asks. */
  const pending = new Map();
  return {
    async get(cacheKey, softTags) {
      await pending.get(cacheKey);
      if (!redis.isReady()) return local.get(cacheKey, softTags);
      try {
        const stored = await withTimeout(redis.buffers.get(redisKey(cacheKey)));
        if (!stored) return undefined;
        const { entry, value } = deserialize(stored);
        const now = Date.now();
        // Past its revalidation time an in-memory entry counts as missing (as in Next.js's own handler).
        if (now > entry.timestamp + entry.revalidate * 1000) return undefined;
        if ((await lastDropped(redis, [...entry.tags, ...softTags])) >= entry.timestamp) return undefined;
        return { ...entry, value: streamOf(value) };
      } catch (error) {
        cacheCommandFailed(error);
        return local.get(cacheKey, softTags);
      }
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pending.set(cacheKey, new Promise((resolve) => (done = resolve)));
      try {
        const { value: stream, ...entry } = await pendingEntry;
        const value = await bytesOf(stream);
        if (entry.expire === 0) return;
        if (!redis.isReady()) return void (await local.set(cacheKey, Promise.resolve({ ...entry, value: streamOf(value) })));
        await withTimeout(
          redis.buffers.set(redisKey(cacheKey), serialize({ entry, value }), { expiration: { type: 'PX', value: Math.max(1, entry.expire) * 1000 } }),
        );
      } catch (error) {
        cacheCommandFailed(error);
      } finally {
        pending.delete(cacheKey);
        done();
      }
    },

    async refreshTags() {},

    /** Soft tags are checked in `get` instead, with the entry's own tags, in one round trip. */
    async getExpiration() {
      return Infinity;
    },

    async updateTags(tags, durations) {
      await local.updateTags(tags, durations);
      await announceDroppedTags(redis, tags).catch(cacheCommandFailed);
    },
  };
}

const redis = sharedRedis();
export default redis ? createRedisDataCache(redis) : createMemoryDataCache();
