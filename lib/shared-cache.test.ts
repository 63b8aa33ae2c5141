// The caches shared through Redis, with a second process standing in for a second instance. Needs the Redis at
// REDIS_TEST_URL (default 127.0.0.1:6379, which `.ci/run` starts); each run uses keys of its own.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REDIS = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const prefix = `test-${randomBytes(4).toString('hex')}:`;
const root = path.resolve(import.meta.dirname, '..');

type PageCacheClass = (typeof import('./page-cache.mjs'))['default'];
let PageCache: PageCacheClass;
let redis: NonNullable<ReturnType<(typeof import('./redis.mjs'))['sharedRedis']>>;

const lifetime = { revalidate: 60, expire: 600 };
const key = (pathname: string) => `/route-cache/APP_PAGE/5e1f/$${pathname}`;
function page(tags: string[], html: string) {
  return { kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), segmentData: new Map([['/_tree', Buffer.from('tree')]]), headers: { 'x-next-cache-tags': tags.join(',') } };
}

/**
 * Another instance: a process with its own page cache on the same Redis. It reads `cacheKey` once, says what it
 * found, then says how long its own copy lived on (it waits up to 3 s for an announcement to drop it).
 */
function otherInstance(cacheKey: string) {
  const script = `
    const { default: PageCache } = await import(${JSON.stringify(path.join(root, 'lib/page-cache.mjs'))});
    await PageCache.redis.subscribed;
    while (!PageCache.redis.isReady()) await new Promise((r) => setTimeout(r, 10));
    const found = await new PageCache().get(${JSON.stringify(cacheKey)});
    console.log(JSON.stringify({ html: found?.value.html ?? null, rsc: found ? Buffer.from(found.value.rscData).toString() : null }));
    const start = Date.now();
    while (found && PageCache.entries.has(${JSON.stringify(cacheKey)}) && Date.now() - start < 3000) await new Promise((r) => setTimeout(r, 5));
    console.log(JSON.stringify({ keptMs: Date.now() - start }));
    process.exit(0);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, REDIS_URL: REDIS, REDIS_PREFIX: prefix },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(((await lines.next()).value as string) ?? 'null');
  return { next, exited: new Promise((resolve) => child.on('exit', resolve)) };
}

beforeAll(async () => {
  process.env.REDIS_URL = REDIS;
  process.env.REDIS_PREFIX = prefix;
  PageCache = (await import('./page-cache.mjs')).default;
  redis = PageCache.redis!;
  await redis.subscribed;
  const start = Date.now();
  while (!redis.isReady() && Date.now() - start < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!redis.isReady()) throw new Error(`No Redis at ${REDIS}: start one (redis-server) or set REDIS_TEST_URL.`);
});

afterAll(async () => {
  const keys = await redis.strings.keys(`${prefix}*`);
  if (keys.length > 0) await redis.strings.del(keys);
});

describe('the page cache shared through Redis', () => {
  it('gives a new instance the pages another instance rendered', async () => {
    await new PageCache().set(key('/news/shared'), page(['news-item:1'], '<p>Rendered once</p>'), { cacheControl: lifetime });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const other = otherInstance(key('/news/shared'));
    expect(await other.next()).toEqual({ html: '<p>Rendered once</p>', rsc: 'rsc' });
    await new PageCache().revalidateTag('news-item:1');
    expect((await other.next()).keptMs).toBeLessThan(1000);
    await other.exited;
  });

  it('drops every instance’s copy within a second of a tag being dropped on one, and never serves the old copy again', async () => {
    await new PageCache().set(key('/news/approved'), page(['news-item:2', 'news-lists'], '<p>Before</p>'), { cacheControl: lifetime });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const other = otherInstance(key('/news/approved'));
    expect((await other.next()).html).toBe('<p>Before</p>');
    await new PageCache().revalidateTag(['news-lists']);
    expect(await new PageCache().get(key('/news/approved'))).toBeNull();
    const { keptMs } = await other.next();
    expect(keptMs).toBeLessThan(1000);
    await other.exited;

    // The copy in Redis is older than the tag's drop: a later instance must not take it.
    const late = otherInstance(key('/news/approved'));
    expect((await late.next()).html).toBeNull();
    await late.exited;
  });
});

describe('without Redis', () => {
  it('keeps serving from the instance and the database, and answers quickly', async () => {
    const script = `
      const { default: PageCache } = await import(${JSON.stringify(path.join(root, 'lib/page-cache.mjs'))});
      const { createRedisDataCache } = await import(${JSON.stringify(path.join(root, 'lib/data-cache.mjs'))});
      const cache = new PageCache();
      const start = Date.now();
      await cache.set('/route-cache/APP_PAGE/5e1f/$/', { kind: 'APP_PAGE', html: 'home', headers: { 'x-next-cache-tags': 'pages' } }, { cacheControl: { revalidate: 60, expire: 600 } });
      const kept = (await cache.get('/route-cache/APP_PAGE/5e1f/$/'))?.value.html;
      await cache.revalidateTag('pages');
      const dropped = (await cache.get('/route-cache/APP_PAGE/5e1f/$/')) === null;
      const data = createRedisDataCache(PageCache.redis);
      const entry = { tags: ['t'], stale: 0, timestamp: Date.now(), expire: 600, revalidate: 60 };
      await data.set('k', Promise.resolve({ ...entry, value: new Blob(['bytes']).stream() }));
      const got = await data.get('k', []);
      const bytes = got ? Buffer.from(await new Response(got.value).arrayBuffer()).toString() : null;
      console.log(JSON.stringify({ kept, dropped, bytes, ms: Date.now() - start }));
      process.exit(0);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      // A port where nothing listens.
      env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:9', REDIS_PREFIX: prefix },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await new Promise((resolve) => child.on('exit', resolve));
    const lines = out.trim().split('\n');
    expect(lines.some((line) => line.includes('redis unavailable'))).toBe(true);
    const result = JSON.parse(lines.at(-1)!);
    expect(result).toMatchObject({ kept: 'home', dropped: true, bytes: 'bytes' });
    expect(result.ms).toBeLessThan(1000);
  });
});
