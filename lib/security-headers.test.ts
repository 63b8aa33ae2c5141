import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config.js';
import { publicContentSecurityPolicy, workspaceContentSecurityPolicy, workspacePathPattern } from './security-headers.mjs';

describe('security headers', () => {
  it('sends HSTS only when a trusted proxy says the request came over https', async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const hsts = rules.filter((rule) => rule.headers.some((h) => h.key === 'Strict-Transport-Security'));
    expect(hsts).toHaveLength(1);
    expect(hsts[0]!.has).toEqual([{ type: 'header', key: 'x-forwarded-proto', value: 'https' }]);
    expect(hsts[0]!.headers[0]!.value).toBe('max-age=31536000; includeSubDomains');
  });

  it('gives the workspace a nonce policy that allows no inline or evaluated script', () => {
    const policy = workspaceContentSecurityPolicy('abc123');
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(workspaceContentSecurityPolicy('x', true)).toContain("'unsafe-eval'");
  });

  it('keeps plugins, base hijacking and foreign framing out of public pages', () => {
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'", "form-action 'self'"]) {
      expect(publicContentSecurityPolicy).toContain(directive);
    }
  });

  it.each([
    ['/editor', true],
    ['/editor/news/1', true],
    ['/login', true],
    ['/editorial', false],
    ['/news', false],
    ['/', false],
  ])('treats %s as a workspace path: %s', (path, expected) => {
    expect(workspacePathPattern.test(path)).toBe(expected);
  });
});
