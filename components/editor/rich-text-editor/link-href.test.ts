import { describe, expect, it } from 'vitest';
import { completeHref, isAllowedLinkUri, isSafeHref } from './link-href';

describe('isSafeHref', () => {
  it.each(['https://www.osce.org/odihr', 'http://example.org', 'HTTPS://EXAMPLE.ORG', 'mailto:press@osce.org', '/news/some-item', '/'])(
    'accepts %s',
    (href) => expect(isSafeHref(href)).toBe(true),
  );

  it.each([
    '',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    '\u200bjavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example',
    '/\\evil.example',
    'https:evil.example',
    'https://',
    'mailto:',
    'ftp://example.org',
    'www.osce.org',
    'news/item',
    '#top',
    'https://exa mple.org',
  ])('refuses %j', (href) => expect(isSafeHref(href)).toBe(false));
});

describe('isAllowedLinkUri', () => {
  it('lets bare pasted addresses through for the link extension to complete', () => {
    expect(isAllowedLinkUri('www.osce.org')).toBe(true);
    expect(isAllowedLinkUri('press@osce.org')).toBe(true);
  });

  it('refuses dangerous or odd schemes', () => {
    expect(isAllowedLinkUri('javascript:alert(1)')).toBe(false);
    expect(isAllowedLinkUri('javascript&#58;alert(1)')).toBe(false);
    expect(isAllowedLinkUri('tel:+431234')).toBe(false);
    expect(isAllowedLinkUri(undefined)).toBe(false);
  });
});

describe('completeHref', () => {
  it('completes bare hosts and e-mail addresses', () => {
    expect(completeHref(' www.osce.org/odihr ')).toBe('https://www.osce.org/odihr');
    expect(completeHref('press@osce.org')).toBe('mailto:press@osce.org');
    expect(completeHref('/news/x')).toBe('/news/x');
    expect(completeHref('https://example.org')).toBe('https://example.org');
  });

  it('refuses what cannot be a safe link', () => {
    expect(completeHref('javascript:alert(1)')).toBeNull();
    expect(completeHref('localhost')).toBeNull();
    expect(completeHref('news item')).toBeNull();
    expect(completeHref('')).toBeNull();
  });
});
