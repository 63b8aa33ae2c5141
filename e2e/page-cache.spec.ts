import { capturedItem, draftSlug, expect, test } from './fixtures';

// Public pages come from the whole-page cache and tell shared caches (CDN, reverse proxy) they may keep them
// briefly; nothing personal, no draft and no workspace page may ever be shared.
const cachedPages = ['/', '/news', `/news/${capturedItem.slug}`, '/fields-of-work/policing', '/about', '/feed.xml', '/sitemap.xml'];

function sharedLifetime(cacheControl: string | undefined): { sMaxage: number; swr: number } | null {
  const sMaxage = /s-maxage=(\d+)/.exec(cacheControl ?? '');
  const swr = /stale-while-revalidate=(\d+)/.exec(cacheControl ?? '');
  return sMaxage && swr ? { sMaxage: Number(sMaxage[1]), swr: Number(swr[1]) } : null;
}

for (const path of cachedPages) {
  test(`${path} is served from the page cache with a short shared lifetime`, async ({ request }) => {
    await request.get(path);
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    // STALE: served from the cache while a background render refreshes it (the page is older than `revalidate`).
    expect(['HIT', 'STALE']).toContain(response.headers()['x-nextjs-cache']);
    const lifetime = sharedLifetime(response.headers()['cache-control']);
    expect(lifetime, response.headers()['cache-control']).not.toBeNull();
    expect(lifetime!.sMaxage).toBeGreaterThan(0);
    expect(lifetime!.sMaxage).toBeLessThanOrEqual(300);
    expect(response.headers()['cache-control']).not.toMatch(/private|no-store/);
    expect(response.headers()['set-cookie']).toBeUndefined();
  });
}

test('an unknown news item answers 404 and is not kept as a page', async ({ request }) => {
  for (let i = 0; i < 2; i += 1) {
    const response = await request.get('/news/no-such-item-anywhere');
    expect(response.status()).toBe(404);
    expect(response.headers()['x-nextjs-cache']).not.toBe('HIT');
  }
  expect((await request.get(`/news/${draftSlug}`)).status()).toBe(404);
});

const neverShared = ['/login', '/editor', '/editor/news', '/editor/news/new'];

for (const path of neverShared) {
  test(`${path} is never shared-cacheable, even for a signed-in editor`, async ({ pageOf }) => {
    const page = await pageOf('editor');
    const response = await page.request.get(path);
    expect(response.status()).toBeLessThan(400);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl).toContain('no-store');
    expect(cacheControl).not.toMatch(/s-maxage|public/);
  });
}
