#!/usr/bin/env node
// The production server (`npm start`, `npm run serve`): Next.js's own request handler behind a plain HTTP
// server, so that every request's client address is settled before the app sees it (client-address.mjs), so
// that cached public pages are answered without running the router (response-cache.mjs), so that the workspace
// is not queued behind readers (editorial-priority.mjs), and so that SIGTERM drains open requests before the
// process exits.
// First, so that every AbortController the app creates is covered.
import './release-abort-reasons.mjs';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { normaliseForwardedHeaders, trustFrom } from './client-address.mjs';
import { createEditorialPriority } from './editorial-priority.mjs';
import { log, trackRequest } from './request-log.mjs';
import { answerFromCache, learnFromNext } from './response-cache.mjs';
import { refuseWithoutSharedSecrets } from './shared-secrets.mjs';

refuseWithoutSharedSecrets(process.env);

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

let stopping = false;
const priority = createEditorialPriority();

const server = createServer((request, response) => {
  normaliseForwardedHeaders(request, trust);
  trackRequest(request, response);
  // While stopping, a request that still arrives on an open connection is answered, and the connection closed.
  if (stopping) response.setHeader('Connection', 'close');
  // Liveness: the process is up and its event loop turns. Answered here, so that a busy app still answers.
  if (request.url === '/healthz') return sendStatus(response, 200, { status: 'live' });
  // Readiness (app/readyz/route.ts checks the database); a stopping instance is no longer ready.
  if (request.url === '/readyz' && stopping) return sendStatus(response, 503, { ready: false, reason: 'The instance is stopping.' });
  if (hasMalformedPath(request.url ?? '/')) request.url = '/malformed-address';
  priority.admit(request, response, () => {
    if (answerFromCache(request, response)) return;
    learnFromNext(request, response);
    handle(request, response);
  });
});
// Every interface, IPv6 and IPv4, as `next start` does; BIND_ADDRESS narrows it (e.g. 127.0.0.1).
server.listen(port, process.env.BIND_ADDRESS, () => console.log(`Ready on http://localhost:${port}`));

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {unknown} body
 */
function sendStatus(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

// Background jobs of the app register a function here that resolves when their work in progress is done.
const shutdownHooks = (globalThis[Symbol.for('osce-publishing.shutdown-hooks')] ??= new Set());

/**
 * Stops taking work, lets open requests and running jobs finish, then exits; whatever still runs after the grace
 * time (8 s by default, inside the 10 s an orchestrator usually waits before killing) is cut off.
 * @param {string} signal
 */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  const grace = Number(process.env.SHUTDOWN_GRACE_MS ?? 8_000);
  log('info', 'stopping', { signal, graceMs: grace });
  setTimeout(() => {
    log('warn', 'stopped with work still running', { signal });
    server.closeAllConnections();
    process.exit(0);
  }, grace).unref();
  const requestsDone = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  await Promise.allSettled([requestsDone, ...[...shutdownHooks].map((hook) => hook())]);
  log('info', 'stopped', { signal });
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
