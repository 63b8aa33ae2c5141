import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { normaliseForwardedHeaders, trustFrom } from './client-address.mjs';

let server: Server | undefined;

/** Serves one request through the real rewrite on a real socket and returns the headers the app would see. */
async function headersSeen(trustedProxies: string | undefined, sent: Record<string, string>): Promise<IncomingHttpHeaders> {
  const trust = trustFrom(trustedProxies);
  let seen: IncomingHttpHeaders = {};
  server = createServer((request, response) => {
    normaliseForwardedHeaders(request, trust);
    seen = { ...request.headers };
    response.end('ok');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await (await fetch(`http://127.0.0.1:${port}/`, { headers: sent })).text();
  return seen;
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('the client address the app sees', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For claims', async () => {
    const seen = await headersSeen(undefined, {
      'x-forwarded-for': '203.0.113.50',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(seen['x-forwarded-for']).toBe('127.0.0.1');
    // A client cannot claim another host or protocol either.
    expect(seen['x-forwarded-host']).toBeUndefined();
    expect(seen['x-forwarded-proto']).toBeUndefined();
  });

  it('is the socket address without any X-Forwarded-For', async () => {
    expect((await headersSeen('', {}))['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('is the nearest untrusted hop when the request comes through a trusted proxy', async () => {
    const seen = await headersSeen('loopback', {
      'x-forwarded-for': '198.51.100.7, 203.0.113.50',
      'x-forwarded-proto': 'https',
    });
    // The proxy (127.0.0.1) appended the real client; what the client itself wrote before it is not believed.
    expect(seen['x-forwarded-for']).toBe('203.0.113.50');
    expect(seen['x-forwarded-proto']).toBe('https');
  });

  it('walks back as many hops as TRUSTED_PROXIES counts', async () => {
    const twoHops = await headersSeen('2', { 'x-forwarded-for': '198.51.100.7, 203.0.113.50, 10.0.0.2' });
    expect(twoHops['x-forwarded-for']).toBe('203.0.113.50');
  });

  it('trusts only the listed ranges', async () => {
    const seen = await headersSeen('10.0.0.0/8', { 'x-forwarded-for': '203.0.113.50' });
    expect(seen['x-forwarded-for']).toBe('127.0.0.1');
  });
});
