// The data cache behind `'use cache'` (next.config.js, `cacheHandlers.default`). Without REDIS_URL it is
// Next.js's own in-memory handler. With REDIS_URL the entries live in Redis, shared by every instance, and are
// checked against the tag times that every instance records there (lib/redis.mjs); while Redis is unreachable
// the in-memory handler serves instead, so reads go to the database until Redis is back.
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';
import { announceDroppedTags, cacheCommandFailed, lastDropped, PREFIX, sharedRedis, withTimeout } from './redis.mjs';

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default.js');

const DEFAULT_SIZE = 50 * 1024 * 1024;
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
 * A `'use cache'` handler on Redis, with `local` (the in-memory handler) for when Redis is unreachable.
 * @param {import('./redis.mjs').SharedRedis} redis
 */
export function createRedisDataCache(redis, local = createDefaultCacheHandler(DEFAULT_SIZE)) {
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
export default redis ? createRedisDataCache(redis) : createDefaultCacheHandler(DEFAULT_SIZE);
