/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    // `'use cache'` with `cacheTag` for published reads. Routes are rendered per request (see README,
    // "Caching"), which keeps the build free of database access and gives notFound() its 404 status.
    useCache: true,
  },
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
