// One JSON line per request on standard output, with the request's id, so that logs of several instances can
// be collected, searched and joined with a proxy's own logs. A request id from the proxy in front
// (X-Request-Id) is kept when it looks like one; otherwise one is made.
import { randomUUID } from 'node:crypto';
import { log } from '../lib/log.mjs';

export { log };

const WELL_FORMED_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives the request its id (also passed on to the app as X-Request-Id, and sent back to the client), and logs
 * the request when its response has been sent or the client went away.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function trackRequest(request, response) {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && WELL_FORMED_ID.test(given) ? given : randomUUID();
  request.headers['x-request-id'] = id;
  response.setHeader('X-Request-Id', id);
  const started = process.hrtime.bigint();
  const done = () => {
    response.off('finish', done);
    response.off('close', done);
    const status = response.writableFinished ? response.statusCode : 499;
    log(status >= 500 ? 'error' : 'info', 'request', {
      requestId: id,
      method: request.method,
      path: request.url,
      status,
      ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
      cache: response.getHeader('x-nextjs-cache'),
    });
  };
  response.on('finish', done);
  response.on('close', done);
  return id;
}
