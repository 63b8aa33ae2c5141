import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

const { SharedCacheControls } = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js') as {
  SharedCacheControls: { cacheControls: Map<string, unknown> };
};

type PageCacheClass = (typeof import('./page-cache.mjs'))['default'];
let PageCache: PageCacheClass;

beforeAll(async () => {
  process.env.PAGE_CACHE_MB = '1';
  PageCache = (await import('./page-cache.mjs')).default;
});

function page(tags: string[], bytes = 1000, status?: number) {
  return {
    kind: 'APP_PAGE',
    html: 'x'.repeat(bytes),
    rscData: Buffer.alloc(bytes),
    status,
    postponed: undefined,
    segmentData: new Map([['/_tree', Buffer.alloc(100)]]),
    headers: { 'x-next-cache-tags': tags.join(',') },
  };
}

const lifetime = { revalidate: 60, expire: 86400 };

describe('the whole-page cache', () => {
  it('serves what it was given until one of its tags is dropped', async () => {
    const cache = new PageCache();
    await cache.set('/a', page(['news-lists', 'news-item:1']), { cacheControl: lifetime });
    await cache.set('/b', page(['taxonomy']), { cacheControl: lifetime });
    expect((await cache.get('/a'))?.value).toMatchObject({ kind: 'APP_PAGE' });
    expect((await cache.get('/a'))?.cacheControl).toEqual(lifetime);

    await cache.revalidateTag(['news-item:1']);
    expect(await cache.get('/a')).toBeNull();
    expect(await cache.get('/b')).not.toBeNull();
    await cache.revalidateTag('taxonomy');
    expect(await cache.get('/b')).toBeNull();
    expect(PageCache.byTag.has('news-lists')).toBe(false);
  });

  it('re-indexes a page whose tags changed when it is rendered again', async () => {
    const cache = new PageCache();
    await cache.set('/c', page(['old-tag', 'shared']), {});
    await cache.set('/c', page(['new-tag', 'shared']), {});
    await cache.revalidateTag('old-tag');
    expect(await cache.get('/c')).not.toBeNull();
    await cache.revalidateTag('new-tag');
    expect(await cache.get('/c')).toBeNull();
  });

  it('keeps no missing or failed page, and forgets its lifetime', async () => {
    const cache = new PageCache();
    for (const status of [404, 500]) {
      const key = `/missing-${status}`;
      SharedCacheControls.cacheControls.set(key, lifetime);
      await cache.set(key, page(['news-lists'], 1000, status), { cacheControl: lifetime });
      expect(await cache.get(key)).toBeNull();
      expect(SharedCacheControls.cacheControls.has(key)).toBe(false);
    }
  });

  it('holds at most PAGE_CACHE_MB megabytes, dropping the least recently used pages and their index entries', async () => {
    const cache = new PageCache();
    const keys = Array.from({ length: 40 }, (_, i) => `/page-${i}`);
    for (const key of keys) {
      SharedCacheControls.cacheControls.set(key, lifetime);
      await cache.set(key, page([`tag-${key}`, 'everything'], 50_000), { cacheControl: lifetime });
    }
    expect(PageCache.entries.calculatedSize).toBeLessThanOrEqual(1024 * 1024);
    expect(await cache.get(keys[0]!)).toBeNull();
    expect(await cache.get(keys[39]!)).not.toBeNull();
    expect(SharedCacheControls.cacheControls.has(keys[0]!)).toBe(false);
    expect(PageCache.byTag.has(`tag-${keys[0]}`)).toBe(false);
    expect(PageCache.byTag.get('everything')?.size).toBe(PageCache.entries.size);
  });

  it('does not keep a page whose render began before one of its tags was dropped', async () => {
    const cache = new PageCache();
    // The render of /race begins (a miss), an approval drops its tag while it runs, then the render ends.
    expect(await cache.get('/race')).toBeNull();
    await cache.revalidateTag('race-item');
    await cache.set('/race', page(['race-item']), { cacheControl: lifetime });
    expect(await cache.get('/race')).toBeNull();

    // Without a look-up on record the render counts as begun RENDER_RACE_MS ago: refused too. (The look-up just
    // above is on record, a millisecond or more after the drop on a busy machine: forget it first.)
    PageCache.lookedUpAt.delete('/race');
    await cache.set('/race', page(['race-item']), { cacheControl: lifetime });
    expect(PageCache.entries.has('/race')).toBe(false);

    // A render that begins after the drop is kept.
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await cache.get('/race')).toBeNull();
    await cache.set('/race', page(['race-item']), { cacheControl: lifetime });
    expect(await cache.get('/race')).not.toBeNull();
  });
});
