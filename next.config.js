import {
  commonSecurityHeaders,
  publicContentSecurityPolicy,
  strictTransportSecurity,
} from './lib/security-headers.mjs';
import { fileURLToPath } from 'node:url';

// The query parameters of the listings (lib/validation/*-filters.ts). With none of them, each listing is one
// cached page; with any, it is rendered per request by its ~results route.
const listingQueryKeys = {
  '/news': ['q', 'page', 'field', 'structure', 'country', 'type', 'from', 'to'],
  '/events': ['q', 'page', 'series', 'field', 'structure', 'country', 'from', 'to'],
  '/publications': ['q', 'page', 'type', 'field', 'structure', 'country', 'year'],
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    // `'use cache'` with `cacheTag` for published reads. Routes are rendered per request (see README,
    // "Caching"), which keeps the build free of database access and gives notFound() its 404 status.
    useCache: true,
    // forbidden() and app/forbidden.tsx: a signed-in user without the role for a page gets a 403 page.
    authInterrupts: true,
    // The proxy buffers request bodies on /editor; uploads (images of 10 MB, PDFs of 20 MB) must fit.
    proxyClientMaxBodySize: '21mb',
  },
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  // rate-limiter-flexible loads drizzle-orm with a computed import() that a bundle cannot resolve; drizzle-orm
  // stays external too, so that both use one copy of it. @napi-rs/canvas (which pdf.js draws covers on) is native.
  serverExternalPackages: ['@electric-sql/pglite', 'rate-limiter-flexible', 'drizzle-orm', '@napi-rs/canvas'],
  // Public pages come from a whole-page cache held in memory and dropped by tag (lib/page-cache.mjs).
  cacheHandler: fileURLToPath(new URL('./lib/page-cache.mjs', import.meta.url)),
  // The data cache of `'use cache'`: Next.js's own in memory, or shared in Redis when REDIS_URL is set.
  cacheHandlers: { default: fileURLToPath(new URL('./lib/data-cache.mjs', import.meta.url)) },
  poweredByHeader: false,
  reactStrictMode: true,
  async rewrites() {
    return {
      // A listing with a filter, a search or a page number is rendered per request by a route of its own, so that
      // the listing itself can be served from the page cache (a page that reads the query string cannot be cached).
      beforeFiles: Object.entries(listingQueryKeys).flatMap(([path, keys]) =>
        keys.map((key) => ({ source: path, has: [{ type: 'query', key }], destination: `${path}/~results` })),
      ),
    };
  },
  async headers() {
    return [
      { source: '/:path*', headers: commonSecurityHeaders },
      // x-forwarded-proto reaches the app only from a trusted proxy (scripts/server.mjs drops a client's own).
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [strictTransportSecurity] },
      // The workspace and the login page get a per-request nonce policy from proxy.ts instead.
      {
        source: '/((?!editor(?:/|$)|login(?:/|$)).*)',
        headers: [
          { key: 'Content-Security-Policy', value: publicContentSecurityPolicy },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        ],
      },
    ];
  },
};

export default nextConfig;
