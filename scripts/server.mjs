#!/usr/bin/env node
// The production server (`npm start`, `npm run serve`): Next.js's own request handler behind a plain HTTP
// server, so that every request's client address is settled before the app sees it (client-address.mjs), so
// that cached public pages are answered without running the router (response-cache.mjs), and so that SIGTERM
// drains open requests before the process exits.
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { normaliseForwardedHeaders, trustFrom } from './client-address.mjs';
import { answerFromCache, learnFromNext } from './response-cache.mjs';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const trust = trustFrom(process.env.TRUSTED_PROXIES);

const app = next({ dev: false, dir: root, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * Whether the path has percent-escapes that do not decode (`/news/a%ZZ`). Next.js fails such a path with a
 * bare 500; it is sent to the site's "not found" page instead, which is what it is.
 * @param {string} url
 */
function hasMalformedPath(url) {
  try {
    decodeURIComponent(url.split('?')[0] ?? '');
    return false;
  } catch {
    return true;
  }
}

const server = createServer((request, response) => {
  normaliseForwardedHeaders(request, trust);
  if (hasMalformedPath(request.url ?? '/')) request.url = '/malformed-address';
  if (answerFromCache(request, response)) return;
  learnFromNext(request, response);
  handle(request, response);
});
// Every interface, IPv6 and IPv4, as `next start` does; BIND_ADDRESS narrows it (e.g. 127.0.0.1).
server.listen(port, process.env.BIND_ADDRESS, () => console.log(`Ready on http://localhost:${port}`));

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests, then stopping.`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Requests still running after this are cut off rather than holding a deployment up.
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000)).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
