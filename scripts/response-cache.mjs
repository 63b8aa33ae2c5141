// Serves the public site's cached pages without running Next.js's router. A plain request for a page that the
// whole-page cache (lib/page-cache.mjs) holds, and that is within its revalidation time, is answered here with
// the stored HTML or body and the headers Next.js sent when it last served that page. Everything else (no entry,
// a stale one, a query string, a client-side navigation, the workspace, any method but GET and HEAD) goes to
// Next.js as before, and Next.js's answers are what this learns the headers from.
//
// There is one cache: dropping a tag drops the entry for both, so an approval shows here exactly when it shows
// through Next.js. This costs about a third of what Next.js's own cache hit costs, which resolves the route and
// its rewrites, headers and proxy on every request.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import PageCache from '../lib/page-cache.mjs';
import { strictTransportSecurity } from '../lib/security-headers.mjs';

/** Request headers of Next.js's client router and server actions: such requests want something else than HTML. */
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', 'next-url'];

/** Headers that belong to one response, not to the page: recomputed for each answer. */
const PER_RESPONSE = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'etag',
  'set-cookie',
  'x-request-id',
  strictTransportSecurity.key.toLowerCase(),
]);

/** Bodies shorter than this are sent uncompressed, as Next.js does. */
const COMPRESS_FROM = 1024;

/** @typedef {{ headers: Record<string, string | string[]>, body?: Buffer, gzip?: Buffer | null, etag?: string }} Answer */

/**
 * The address this cache may answer for the request, or null when the request must go to Next.js.
 * @param {import('node:http').IncomingMessage} request
 */
function cacheablePath(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = request.url ?? '';
  // A query string, a percent-escape, a trailing slash or a private prefix: Next.js decides.
  if (!url.startsWith('/') || /[?%#]|\/\/|.\/$/.test(url)) return null;
  if (/^\/(?:_next|editor|login|api)(?:\/|$)/.test(url) || url === '/index') return null;
  for (const name of ROUTER_HEADERS) if (request.headers[name] !== undefined) return null;
  return url;
}

/** @param {{ value: any }} entry */
function bodyOf(entry) {
  const value = entry.value;
  if (value?.kind === 'APP_PAGE' && typeof value.html === 'string') return Buffer.from(value.html);
  if (value?.kind === 'APP_ROUTE' && Buffer.isBuffer(value.body)) return value.body;
  return null;
}

/** @param {{ value: any }} entry */
function isServable(entry) {
  return (entry.value?.status ?? 200) === 200 && (entry.value?.kind === 'APP_PAGE' || entry.value?.kind === 'APP_ROUTE');
}

/** @param {string | string[] | undefined} accepted */
function acceptsGzip(accepted) {
  const value = Array.isArray(accepted) ? accepted.join(',') : (accepted ?? '');
  return /(?:^|,)\s*gzip\s*(?:,|;(?!\s*q=0(?:\.0*)?\s*(?:,|$))|$)/i.test(value);
}

/**
 * Answers the request from the page cache when it can.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @returns {boolean} true when it answered; false when the request must go to Next.js.
 */
export function answerFromCache(request, response) {
  const pathname = cacheablePath(request);
  if (pathname === null) return false;
  const entry = PageCache.fresh(pathname);
  /** @type {Answer | undefined} */
  const answer = entry?.answer;
  if (!entry || !answer || !isServable(entry)) return false;
  if (!answer.body) {
    const body = bodyOf(entry);
    if (!body) return false;
    answer.body = body;
    answer.etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  }

  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  if (request.headers['x-forwarded-proto'] === 'https') response.setHeader(strictTransportSecurity.key, strictTransportSecurity.value);
  response.setHeader('ETag', answer.etag);
  if (request.headers['if-none-match'] === answer.etag) {
    response.statusCode = 304;
    response.end();
    return true;
  }
  let body = answer.body;
  if (body.length >= COMPRESS_FROM && acceptsGzip(request.headers['accept-encoding'])) {
    answer.gzip ??= gzipSync(body);
    body = answer.gzip;
    response.setHeader('Content-Encoding', 'gzip');
  }
  response.statusCode = 200;
  response.setHeader('Content-Length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}

/**
 * Watches Next.js answer a request this cache could have answered, and keeps the headers of a cached page's
 * answer beside the cache entry, so that later requests for the same address can be answered here.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function learnFromNext(request, response) {
  const pathname = cacheablePath(request);
  if (pathname === null || request.method !== 'GET') return;
  response.once('finish', () => {
    if (response.statusCode !== 200 || response.hasHeader('set-cookie')) return;
    const state = response.getHeader('x-nextjs-cache');
    if (state !== 'HIT' && state !== 'MISS' && state !== 'STALE') return;
    const entry = PageCache.fresh(pathname);
    if (!entry || entry.answer || !isServable(entry)) return;
    /** @type {Record<string, string | string[]>} */
    const headers = {};
    for (const [name, value] of Object.entries(response.getHeaders())) {
      if (value === undefined || PER_RESPONSE.has(name)) continue;
      headers[name] = typeof value === 'number' ? String(value) : value;
    }
    headers['x-nextjs-cache'] = 'HIT';
    entry.answer = { headers };
  });
}
