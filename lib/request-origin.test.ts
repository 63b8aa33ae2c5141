import { describe, expect, it } from 'vitest';
import { requestOrigin } from './request-origin';

const from = (headers: Record<string, string>) => requestOrigin(new Headers(headers));

describe('requestOrigin', () => {
  it('is the same site when the origin names the host the request was sent to', () => {
    expect(from({ origin: 'http://localhost:3000', host: 'localhost:3000' })).toBe('same');
    expect(from({ origin: 'https://www.example.org', host: 'app:3000', 'x-forwarded-host': 'www.example.org' })).toBe('same');
  });

  it('is foreign for another host, another port, an opaque origin or a malformed one', () => {
    expect(from({ origin: 'https://evil.example', host: 'localhost:3000' })).toBe('foreign');
    expect(from({ origin: 'http://localhost:4000', host: 'localhost:3000' })).toBe('foreign');
    expect(from({ origin: 'null', host: 'localhost:3000' })).toBe('foreign');
    expect(from({ origin: 'not a url', host: 'localhost:3000' })).toBe('foreign');
  });

  it('is none without an origin', () => {
    expect(from({ host: 'localhost:3000' })).toBe('none');
  });
});
