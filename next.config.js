import {
  commonSecurityHeaders,
  publicContentSecurityPolicy,
  strictTransportSecurity,
} from './lib/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    // `'use cache'` with `cacheTag` for published reads. Routes are rendered per request (see README,
    // "Caching"), which keeps the build free of database access and gives notFound() its 404 status.
    useCache: true,
    // forbidden() and app/forbidden.tsx: a signed-in user without the role for a page gets a 403 page.
    authInterrupts: true,
    // The proxy buffers request bodies on /editor; image uploads (/editor/media/upload, 10 MB files) must fit.
    proxyClientMaxBodySize: '11mb',
  },
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  // rate-limiter-flexible loads drizzle-orm with a computed import() that a bundle cannot resolve; drizzle-orm
  // stays external too, so that both use one copy of it.
  serverExternalPackages: ['@electric-sql/pglite', 'rate-limiter-flexible', 'drizzle-orm'],
  poweredByHeader: false,
  reactStrictMode: true,
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
