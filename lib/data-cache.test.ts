// The in-memory `'use cache'` handler: what it keeps, for how long, and that dropping a tag drops its entries.
import { describe, expect, it } from 'vitest';
import { createMemoryDataCache } from './data-cache.mjs';

const encoder = new TextEncoder();

function pendingEntry(text: string, tags: string[], lifetime = { revalidate: 60, expire: 600 }) {
  return Promise.resolve({
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(text));
        controller.close();
      },
    }),
    tags,
    stale: 0,
    timestamp: performance.timeOrigin + performance.now(),
    ...lifetime,
  });
}

async function textOf(found: { value: ReadableStream<Uint8Array> } | undefined) {
  if (!found) return null;
  return new Response(found.value).text();
}

describe('in-memory data cache', () => {
  it('gives back what was set, any number of times', async () => {
    const cache = createMemoryDataCache();
    await cache.set('a', pendingEntry('first list', ['news-lists']));
    expect(await textOf(await cache.get('a'))).toBe('first list');
    expect(await textOf(await cache.get('a'))).toBe('first list');
  });

  it('does not keep a dynamic entry, nor one past its revalidation time', async () => {
    const cache = createMemoryDataCache();
    await cache.set('dynamic', pendingEntry('x', [], { revalidate: 0, expire: 0 }));
    expect(await cache.get('dynamic')).toBeUndefined();
    await cache.set('old', pendingEntry('x', [], { revalidate: 0.01, expire: 600 }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await cache.get('old')).toBeUndefined();
  });

  it('drops entries whose tag expires, and keeps the others', async () => {
    const cache = createMemoryDataCache();
    const tag = `test-tag-${Math.random()}`;
    await cache.set('tagged', pendingEntry('tagged', [tag]));
    await cache.set('other', pendingEntry('other', ['unrelated-tag']));
    await new Promise((resolve) => setTimeout(resolve, 2));
    await cache.updateTags([tag]);
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await cache.get('tagged')).toBeUndefined();
    expect(await textOf(await cache.get('other'))).toBe('other');
    expect(await cache.getExpiration([tag])).toBeGreaterThan(0);
  });

  it('holds at most its size, forgetting the least recently used first', async () => {
    const cache = createMemoryDataCache(64 * 1024);
    const big = 'x'.repeat(20 * 1024);
    for (const key of ['one', 'two', 'three', 'four']) await cache.set(key, pendingEntry(big, []));
    expect(await cache.get('one')).toBeUndefined();
    expect(await textOf(await cache.get('four'))).toBe(big);
  });
});
