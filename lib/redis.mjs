// The Redis connection that the caches of several instances share (REDIS_URL). Without REDIS_URL, and while
// `next build` runs (which renders against an empty database and must leave nothing behind), there is none.
//
// Redis is a cache here, never the only copy: every command fails fast while Redis is unreachable (no queue of
// commands waiting for it), the caches then fall back to their own memory and the database, and the client
// reconnects by itself. One log line says when Redis went away and one when it came back.
import { randomUUID } from 'node:crypto';
import { createClient, RESP_TYPES } from 'redis';
import { log } from './log.mjs';

/** Every key of this site starts with this, so that one Redis can serve several sites. */
export const PREFIX = process.env.REDIS_PREFIX ?? 'osce-publishing:';
/** The hash of tag → last time it was dropped (ms), which every instance checks entries against. */
export const TAG_TIMES = `${PREFIX}tag-times`;
/** Where an instance announces the tags it dropped, so that the others drop their own copies at once. */
export const INVALIDATIONS = `${PREFIX}invalidations`;
/** How long a cache read or write may take before the cache gives up on Redis for this request. */
const COMMAND_TIMEOUT_MS = Number(process.env.REDIS_TIMEOUT_MS ?? 500);

/** This process, so that it can tell its own announcements from those of other instances. */
export const INSTANCE_ID = randomUUID();

const STATE = Symbol.for('osce-publishing.redis');

/**
 * @typedef {object} SharedRedis
 * @property {import('redis').RedisClientType} strings
 * @property {any} buffers the same connection, answering bulk strings as Buffers
 * @property {() => boolean} isReady
 * @property {(listener: (tags: string[]) => void) => void} onInvalidation tags other instances dropped
 * @property {(listener: () => void) => void} onReconnect the subscription was lost and is back: announcements may have been missed
 * @property {Promise<void>} subscribed settles once the first subscription is in place (or failed)
 */

/**
 * Races a Redis command against the command timeout.
 * @template T
 * @param {Promise<T>} command
 * @returns {Promise<T>}
 */
export function withTimeout(command) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS);
  });
  return Promise.race([command, timeout]).finally(() => clearTimeout(timer));
}

/** @param {string} url */
function connect(url) {
  const options = {
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 3000, reconnectStrategy: (/** @type {number} */ retries) => Math.min(100 * 2 ** retries, 2000) },
  };
  const strings = createClient(options);
  const subscriber = strings.duplicate();
  let down = false;
  const onError = (/** @type {Error} */ error) => {
    if (down) return;
    down = true;
    log('warn', 'redis unavailable: serving from this instance and the database', { error: error.message });
  };
  strings.on('error', onError);
  subscriber.on('error', onError);
  strings.on('ready', () => {
    if (!down) return;
    down = false;
    log('info', 'redis available again');
  });

  /** @type {Set<(tags: string[]) => void>} */
  const invalidationListeners = new Set();
  /** @type {Set<() => void>} */
  const reconnectListeners = new Set();
  let subscribedOnce = false;
  subscriber.on('ready', () => {
    if (subscribedOnce) for (const listener of reconnectListeners) listener();
    subscribedOnce = true;
  });
  strings.connect().catch(onError);
  const subscribed = subscriber
    .connect()
    .then(() =>
      subscriber.subscribe(INVALIDATIONS, (message) => {
        try {
          const { origin, tags } = JSON.parse(message);
          if (origin === INSTANCE_ID || !Array.isArray(tags)) return;
          for (const listener of invalidationListeners) listener(tags);
        } catch {
          // Not ours.
        }
      }),
    )
    .catch(onError);

  return {
    strings,
    buffers: strings.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }),
    isReady: () => strings.isReady,
    onInvalidation: (listener) => invalidationListeners.add(listener),
    onReconnect: (listener) => reconnectListeners.add(listener),
    subscribed,
  };
}

/** @returns {SharedRedis | null} */
export function sharedRedis() {
  const url = process.env.REDIS_URL;
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return null;
  const g = /** @type {Record<symbol, SharedRedis | undefined>} */ (/** @type {unknown} */ (globalThis));
  g[STATE] ??= connect(url);
  return g[STATE];
}

/**
 * Records that `tags` were dropped now and tells the other instances. Resolves when Redis has it, so that an
 * approval returns only once every instance can know; rejects when Redis is unreachable.
 * @param {SharedRedis} redis
 * @param {string[]} tags
 * @param {number} [now]
 */
export async function announceDroppedTags(redis, tags, now = Date.now()) {
  if (tags.length === 0) return;
  await withTimeout(
    redis.strings
      .multi()
      .hSet(TAG_TIMES, Object.fromEntries(tags.map((tag) => [tag, String(now)])))
      .publish(INVALIDATIONS, JSON.stringify({ origin: INSTANCE_ID, tags }))
      .exec(),
  );
}

/**
 * The latest time any of `tags` was dropped (ms), 0 when never.
 * @param {SharedRedis} redis
 * @param {string[]} tags
 */
export async function lastDropped(redis, tags) {
  if (tags.length === 0) return 0;
  const times = await withTimeout(redis.strings.hmGet(TAG_TIMES, tags));
  return Math.max(0, ...times.map((time) => Number(time ?? 0)));
}

/** Logs a failed cache command without failing the request. @param {unknown} error */
export function cacheCommandFailed(error) {
  // The client's own error event logs the outage once; a timeout on a live connection is worth a line.
  if (error instanceof Error && error.message.startsWith('Redis did not answer')) log('warn', 'redis slow', { error: error.message });
}
