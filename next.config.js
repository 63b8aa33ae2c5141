/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    // `'use cache'` with `cacheTag` for published reads. Routes are rendered per request (see README,
    // "Caching"), which keeps the build free of database access and gives notFound() its 404 status.
    useCache: true,
    // forbidden() and app/forbidden.tsx: a signed-in user without the role for a page gets a 403 page.
    authInterrupts: true,
    // Image uploads go through a server action (10 MB files, checked again on the server) on /editor, which the
    // proxy also sees; both limits leave room for the multipart envelope.
    serverActions: { bodySizeLimit: '12mb' },
    proxyClientMaxBodySize: '12mb',
  },
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  // rate-limiter-flexible loads drizzle-orm with a computed import() that a bundle cannot resolve; drizzle-orm
  // stays external too, so that both use one copy of it.
  serverExternalPackages: ['@electric-sql/pglite', 'rate-limiter-flexible', 'drizzle-orm'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
