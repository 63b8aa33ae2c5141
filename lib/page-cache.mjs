// The whole-page cache of the public site: Next.js's incremental cache (ISR) with its storage replaced by a
// bounded in-memory LRU (next.config.js, `cacheHandler`). Next.js decides what is cached and for how long;
// this decides where entries live and drops them by tag.
//
// Why not Next.js's own file-system storage:
// - It serves the pages prerendered by `next build` until they are revalidated. The build renders against an
//   empty database (db/index.ts), so those pages must never be served: here a page exists only once the
//   running server has rendered it from the real database.
// - It writes every rendered page to disk, so a crawl of random addresses could fill the disk; this holds at
//   most PAGE_CACHE_MB megabytes (default 64) and forgets the least recently used pages first.
// - Dropping a tag deletes the entries at once (the next visitor gets a fresh render, never a stale page),
//   where the file-system store would mark them stale and serve them once more.
//
// scripts/response-cache.mjs serves fresh entries of this cache straight to plain page requests, in front of
// Next.js's router; it finds them by address through `PageCache.fresh()`.
//
// Each server process has its own cache. With REDIS_URL the instances share a second tier in Redis
// (lib/redis.mjs): a page rendered by one instance is found there by the others (a new or restarted instance
// starts warm), and dropping a tag on one instance records the time in Redis and announces it, so that every
// instance drops its own copies at once and no instance takes an older copy from Redis. Without Redis, or while
// it is unreachable, other instances learn of a change through the audit log (the change feed).
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';
import { LRUCache } from 'lru-cache';
import { announceDroppedTags, cacheCommandFailed, lastDropped, PREFIX, sharedRedis, withTimeout } from './redis.mjs';

// Next.js remembers each cached address's lifetime in a map of its own that nothing ever shrinks; a crawl of
// made-up addresses would grow it without end. Entries leave it when their page leaves this cache.
const { SharedCacheControls } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js');

const TAGS_HEADER = 'x-next-cache-tags';

/**
 * How long a tag's drop is remembered, to refuse pages whose render began before it (see `set`). Longer than any
 * render takes; a page whose look-up is not on record counts as begun this long ago.
 */
const RENDER_RACE_MS = 10_000;
const megabytes = Number(process.env.PAGE_CACHE_MB ?? 64);

/**
 * Bytes a page's HTML takes here: the string itself (V8 stores one byte per character when every character is
 * Latin-1, two otherwise, and pages with names like "Türkiye" or "Кыргызстан" are two-byte), plus the UTF-8 copy
 * and the gzipped copy (about a third of it) that the response cache keeps beside it.
 * @param {string | Buffer} html
 */
function htmlBytes(html) {
  if (typeof html !== 'string') return Math.ceil(html.length * 1.35);
  const perCharacter = /[^\u0000-\u00ff]/.test(html) ? 2 : 1;
  return Math.ceil(html.length * perCharacter + Buffer.byteLength(html) * 1.35);
}

/**
 * Bytes an entry holds, roughly: its HTML or body and its server-component payloads, and for a page the encoded
 * and compressed copies of its HTML that the response cache may add.
 */
function entrySize(key, entry) {
  const value = entry.value;
  let size = key.length + 200;
  if (!value) return size;
  if (value.kind === 'APP_PAGE') {
    size += htmlBytes(value.html) + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
    for (const [segment, data] of value.segmentData ?? []) size += segment.length + data.length;
  } else if (value.kind === 'APP_ROUTE') {
    size += value.body.length;
  } else {
    size += JSON.stringify(value).length;
  }
  return size;
}

/**
 * The address an entry answers: Next.js keys entries as `/route-cache/<kind>/<route hash>/$<pathname>`, with
 * `/index` for `/`. Null for any other key (data cache entries, fetches).
 */
export function pathnameOfKey(key) {
  const match = /^\/route-cache\/APP_(?:PAGE|ROUTE)\/[^/]+\/\$(\/.*)$/.exec(key);
  if (!match) return null;
  return match[1] === '/index' ? '/' : match[1];
}

function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === 'string' && header ? header.split(',') : [];
  return [...new Set([...fromHeader, ...(ctx?.tags ?? [])])];
}

/** Errors and missing pages are not kept: a flood of made-up addresses must not push real pages out. */
function worthKeeping(value) {
  if (!value) return false;
  if ((value.kind === 'APP_PAGE' || value.kind === 'APP_ROUTE') && (value.status ?? 200) >= 400) return false;
  return true;
}

const redisKey = (key) => `${PREFIX}page:${key}`;

export default class PageCache {
  static entries = new LRUCache({
    maxSize: Math.max(1, megabytes) * 1024 * 1024,
    sizeCalculation: (entry, key) => entrySize(key, entry),
    dispose: (entry, key, reason) => {
      PageCache.unindex(key, entry.tags);
      const pathname = pathnameOfKey(key);
      if (pathname !== null && PageCache.byPath.get(pathname) === key) PageCache.byPath.delete(pathname);
      if (reason !== 'set') SharedCacheControls.cacheControls.delete(key);
    },
  });

  /** tag → keys of the entries that carry it, so that dropping a tag does not scan the whole cache. */
  static byTag = new Map();

  /** pathname → key of the entry that answers it. */
  static byPath = new Map();

  /** tag → when this process last dropped it. */
  static droppedAt = new LRUCache({ max: 50_000, ttl: RENDER_RACE_MS });

  /** key → when Next.js first looked it up since it was last stored: about when the render that will store it began. */
  static lookedUpAt = new LRUCache({ max: 50_000, ttl: RENDER_RACE_MS });

  /**
   * The entry answering `pathname` while it is within its revalidation time, or null. Past that time Next.js
   * must see the request, to serve the stale page and render it again in the background.
   * @param {string} pathname
   * @param {number} [now]
   */
  static fresh(pathname, now = Date.now()) {
    const key = PageCache.byPath.get(pathname);
    const entry = key === undefined ? undefined : PageCache.entries.get(key);
    const revalidate = entry?.cacheControl?.revalidate;
    if (!entry || typeof revalidate !== 'number' || now - entry.lastModified >= revalidate * 1000) return null;
    return entry;
  }

  static unindex(key, tags) {
    for (const tag of tags) {
      const keys = PageCache.byTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) PageCache.byTag.delete(tag);
    }
  }

  static redis = sharedRedis();

  static {
    // Found by the app's own code (lib/cache-invalidation.ts), which Next.js bundles apart from this module. There
    // may be more than one copy of this module in the process (Next.js bundles one into the proxy too); each keeps
    // its own entries, so each is listed.
    (globalThis[Symbol.for('osce-publishing.page-caches')] ??= new Set()).add(PageCache);
    PageCache.redis?.onInvalidation((tags) => PageCache.dropLocally(tags));
    // Announcements sent while the subscription was down are lost: forget every local copy instead.
    PageCache.redis?.onReconnect(() => PageCache.entries.clear());
  }

  async get(key) {
    const asked = Date.now();
    const entry = PageCache.entries.get(key) ?? (await PageCache.fromRedis(key));
    // A miss: Next.js renders the page now, and stores it with `set` when done.
    if (!entry && !PageCache.lookedUpAt.has(key)) PageCache.lookedUpAt.set(key, asked);
    return entry ? { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl } : null;
  }

  /** An entry another instance rendered, unless one of its tags was dropped after it was made. */
  static async fromRedis(key) {
    const redis = PageCache.redis;
    if (!redis?.isReady()) return undefined;
    try {
      const stored = await withTimeout(redis.buffers.get(redisKey(key)));
      if (!stored) return undefined;
      const entry = deserialize(stored);
      if ((await lastDropped(redis, entry.tags)) >= entry.lastModified) return undefined;
      PageCache.keep(key, entry);
      return entry;
    } catch (error) {
      cacheCommandFailed(error);
      return undefined;
    }
  }

  /** Holds an entry in this process's memory and indexes it by tag and address. */
  static keep(key, entry) {
    PageCache.entries.set(key, entry);
    // The LRU may refuse an entry larger than the whole cache; index only what it kept.
    if (!PageCache.entries.has(key)) return;
    const pathname = pathnameOfKey(key);
    if (pathname !== null) PageCache.byPath.set(pathname, key);
    for (const tag of entry.tags) {
      let keys = PageCache.byTag.get(tag);
      if (!keys) PageCache.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  static dropLocally(tags) {
    const now = Date.now();
    for (const tag of tags) {
      PageCache.droppedAt.set(tag, now);
      for (const key of [...(PageCache.byTag.get(tag) ?? [])]) PageCache.entries.delete(key);
    }
  }

  /**
   * Whether one of `tags` was dropped after the render of `key` began: the render may have read what the change
   * replaced (an approval committing while the page was being rendered), so its page must not be kept as fresh.
   */
  static raced(key, tags, now = Date.now()) {
    const began = PageCache.lookedUpAt.get(key) ?? now - RENDER_RACE_MS;
    return tags.some((tag) => (PageCache.droppedAt.get(tag) ?? -Infinity) >= began);
  }

  async set(key, value, ctx) {
    const tags = tagsOf(value, ctx);
    const raced = PageCache.raced(key, tags);
    PageCache.lookedUpAt.delete(key);
    if (!worthKeeping(value) || raced) {
      PageCache.entries.delete(key);
      SharedCacheControls.cacheControls.delete(key);
      return;
    }
    const entry = { value, tags, lastModified: Date.now(), cacheControl: ctx?.cacheControl };
    PageCache.keep(key, entry);
    const redis = PageCache.redis;
    if (!redis?.isReady()) return;
    // Kept in Redis until the page's hard expiry; the render does not wait for it.
    const expire = typeof ctx?.cacheControl?.expire === 'number' ? ctx.cacheControl.expire : 86_400;
    withTimeout(redis.buffers.set(redisKey(key), serialize(entry), { expiration: { type: 'PX', value: expire * 1000 } })).catch(
      cacheCommandFailed,
    );
  }

  async revalidateTag(tags) {
    await PageCache.drop(typeof tags === 'string' ? [tags] : tags);
  }

  /** Drops `tags` here and, through Redis, on every instance. */
  static async drop(tags) {
    PageCache.dropLocally(tags);
    const redis = PageCache.redis;
    if (!redis) return;
    await announceDroppedTags(redis, tags).catch(cacheCommandFailed);
  }

  resetRequestCache() {}
}
