// The client's address as the server may trust it. `next start` passes on whatever X-Forwarded-For a client
// sends, so a sign-in limit counted per address could be dodged by changing that header. The production server
// (scripts/server.mjs) therefore rewrites the forwarding headers of every request before Next.js sees them:
// the address comes from the socket, and from X-Forwarded-For only for the hops the operator names as proxies.
import proxyAddr from 'proxy-addr';

const FORWARDED = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'];

/**
 * Reads TRUSTED_PROXIES: empty (the default) trusts no proxy; a whole number trusts that many hops in front of
 * the server; otherwise a comma-separated list of addresses, CIDR ranges or the names `loopback`, `linklocal`
 * and `uniquelocal`.
 * @param {string | undefined} setting
 * @returns {(address: string, hop: number) => boolean}
 */
export function trustFrom(setting) {
  const value = (setting ?? '').trim();
  if (value === '') return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(value.split(',').map((part) => part.trim()).filter(Boolean));
}

/**
 * Replaces the request's forwarding headers with what can be trusted: X-Forwarded-For becomes the one client
 * address; the host, protocol and port a client claims are kept only when the request came through a trusted
 * proxy (otherwise Next.js sets them from the request itself).
 * @param {import('node:http').IncomingMessage} request
 * @param {(address: string, hop: number) => boolean} trust
 */
export function normaliseForwardedHeaders(request, trust) {
  const client = proxyAddr(request, trust);
  const peer = request.socket.remoteAddress ?? '';
  const viaTrustedProxy = peer !== '' && trust(peer, 0);
  for (const name of FORWARDED) {
    if (name === 'x-forwarded-for' || !viaTrustedProxy) delete request.headers[name];
  }
  if (client) request.headers['x-forwarded-for'] = client;
}
