import { describe, expect, it } from 'vitest';
import type { RichTextInline } from './types';
import { isSitePath, linkRuns, safeHref } from './links';

describe('safeHref', () => {
  it.each([
    ['https://www.osce.org/news', 'https://www.osce.org/news'],
    ['http://example.org/a?b=1&c=2#d', 'http://example.org/a?b=1&c=2#d'],
    ['HTTPS://EXAMPLE.ORG', 'HTTPS://EXAMPLE.ORG'],
    ['mailto:press@osce.org', 'mailto:press@osce.org'],
    ['MailTo:press@osce.org', 'MailTo:press@osce.org'],
    ['/news/some-item', '/news/some-item'],
    ['/', '/'],
    ['  https://example.org/  ', 'https://example.org/'],
  ])('keeps %j as %j', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    '//evil.example/path',
    '/\\evil.example',
    '/\tevil.example',
    'news/relative',
    '?query',
    '#',
    '#contacts',
    'http:example.org',
    'https:/example.org',
    'mailto:',
    'https://example.org/a\\b',
    'https://exam\u200bple.org',
    '',
    '   ',
    'http://',
    'https://exa mple.org',
  ])('refuses %j', (href) => {
    expect(safeHref(href)).toBeNull();
  });

  it('refuses what is not a string and what is longer than 2048 characters', () => {
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref(42)).toBeNull();
    expect(safeHref({ href: '/x' })).toBeNull();
    expect(safeHref(`/${'a'.repeat(2047)}`)).toHaveLength(2048);
    expect(safeHref(`/${'a'.repeat(2048)}`)).toBeNull();
  });
});

describe('isSitePath', () => {
  it('tells a site path from a protocol-relative URL', () => {
    expect(isSitePath('/news')).toBe(true);
    expect(isSitePath('//cdn.example/x')).toBe(false);
    expect(isSitePath('/\\cdn.example/x')).toBe(false);
    expect(isSitePath('https://example.org/')).toBe(false);
  });
});

describe('linkRuns', () => {
  it('keeps a link split by bold together and separates different links', () => {
    const link = (href: string) => ({ type: 'link' as const, attrs: { href } });
    const content: RichTextInline[] = [
      { type: 'text', text: 'See ' },
      { type: 'text', text: 'the ', marks: [link('/a')] },
      { type: 'text', text: 'report', marks: [link('/a'), { type: 'bold' }] },
      { type: 'text', text: 'annex', marks: [link('/b')] },
      { type: 'hardBreak' },
    ];
    expect(linkRuns(content).map((run) => [run.href, run.nodes.length])).toEqual([
      [null, 1],
      ['/a', 2],
      ['/b', 1],
      [null, 1],
    ]);
    expect(linkRuns(undefined)).toEqual([]);
  });
});
