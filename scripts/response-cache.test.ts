import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

type PageCacheClass = (typeof import('../lib/page-cache.mjs'))['default'];
type ResponseCache = typeof import('./response-cache.mjs');

let PageCache: PageCacheClass;
let responseCache: ResponseCache;
let server: Server;
let base: string;
/** Requests the stand-in for Next.js answered. */
let behind: string[] = [];

const HTML = `<!DOCTYPE html><html lang="en"><body>${'<p>Cached news item.</p>'.repeat(200)}</body></html>`;
const keyOf = (pathname: string) => `/route-cache/APP_PAGE/3f2a/$${pathname === '/' ? '/index' : pathname}`;

/** Stands in for Next.js: answers from the page cache as Next.js would, with its headers. */
async function next(request: IncomingMessage, response: ServerResponse) {
  behind.push(request.url ?? '');
  const pathname = (request.url ?? '/').split('?')[0]!;
  const entry = await new PageCache().get(keyOf(pathname));
  if (!entry) {
    response.statusCode = 404;
    response.end('not found');
    return;
  }
  response.setHeader('Content-Security-Policy', "default-src 'self'");
  response.setHeader('Vary', 'rsc, Accept-Encoding');
  response.setHeader('x-nextjs-cache', 'HIT');
  response.setHeader('Cache-Control', 's-maxage=60, stale-while-revalidate=86340');
  response.setHeader('ETag', '"from-next"');
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end((entry.value as { html: string }).html);
}

function cachePage(pathname: string, tags: string[], html = HTML, revalidate = 60) {
  return new PageCache().set(
    keyOf(pathname),
    { kind: 'APP_PAGE', html, rscData: Buffer.alloc(10), headers: { 'x-next-cache-tags': tags.join(',') } },
    { cacheControl: { revalidate, expire: 86400 } },
  );
}

async function get(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + pathname, { headers: { 'accept-encoding': 'identity', ...headers } });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  PageCache = (await import('../lib/page-cache.mjs')).default;
  responseCache = await import('./response-cache.mjs');
  server = createServer((request, response) => {
    if (responseCache.answerFromCache(request, response)) return;
    responseCache.learnFromNext(request, response);
    void next(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  PageCache.entries.clear();
  behind = [];
});

describe('the response cache in front of Next.js', () => {
  it('answers a cached page itself once Next.js has served it, with the same headers and body', async () => {
    await cachePage('/news/first', ['news-item:1']);
    const fromNext = await get('/news/first');
    const fromCache = await get('/news/first');
    expect(behind).toEqual(['/news/first']);

    expect(fromCache.response.status).toBe(200);
    expect(fromCache.body.toString()).toBe(HTML);
    for (const name of ['content-security-policy', 'vary', 'cache-control', 'content-type']) {
      expect(fromCache.response.headers.get(name)).toBe(fromNext.response.headers.get(name));
    }
    expect(fromCache.response.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(fromCache.response.headers.get('content-length')).toBe(String(Buffer.byteLength(HTML)));
  });

  it('stops answering the moment a tag of the page is dropped', async () => {
    await cachePage('/news/second', ['news-item:2']);
    await get('/news/second');
    await get('/news/second');
    expect(behind).toHaveLength(1);
    await new PageCache().revalidateTag('news-item:2');
    expect((await get('/news/second')).response.status).toBe(404);
    expect(behind).toHaveLength(2);
  });

  it('leaves a page past its revalidation time to Next.js, which serves it stale and renders it again', async () => {
    await cachePage('/', ['news-lists'], HTML, 60);
    await get('/');
    const entry = PageCache.entries.get(keyOf('/')) as { lastModified: number };
    entry.lastModified -= 61_000;
    await get('/');
    expect(behind).toEqual(['/', '/']);
  });

  it('sends gzip to clients that accept it, and 304 to a matching If-None-Match', async () => {
    await cachePage('/news', ['news-lists']);
    await get('/news');
    // fetch() would unzip the body itself; node:http hands it over as sent.
    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      httpGet(`${base}/news`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe(HTML);

    const refused = await get('/news', { 'accept-encoding': 'gzip;q=0' });
    expect(refused.response.headers.get('content-encoding')).toBeNull();

    const etag = refused.response.headers.get('etag')!;
    const again = await get('/news', { 'if-none-match': etag });
    expect(again.response.status).toBe(304);
    expect(behind).toEqual(['/news']);
  });

  it('never answers client-side navigations, queries, other methods or the workspace', async () => {
    await cachePage('/news/third', ['news-item:3']);
    await cachePage('/editor', ['x']);
    await get('/news/third');
    await get('/editor');
    behind = [];
    await get('/news/third', { rsc: '1' });
    await get('/news/third?page=2');
    await fetch(`${base}/news/third`, { method: 'POST', body: 'a=b' });
    await get('/editor');
    await get('/editor');
    expect(behind).toEqual(['/news/third', '/news/third?page=2', '/news/third', '/editor', '/editor']);
  });

  it('adds Strict-Transport-Security only to requests that came over HTTPS', async () => {
    await cachePage('/news/fourth', ['news-item:4']);
    await get('/news/fourth');
    expect((await get('/news/fourth')).response.headers.get('strict-transport-security')).toBeNull();
    const secure = await get('/news/fourth', { 'x-forwarded-proto': 'https' });
    expect(secure.response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(behind).toHaveLength(1);
  });
});
