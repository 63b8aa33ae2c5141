import type { RichTextInline } from './types';

export const MAX_HREF_LENGTH = 2048;

// Browsers drop tabs and newlines inside a URL and read "\" as "/", so "java\tscript:" still runs script and
// "/\t/evil.example" still reaches another host: any whitespace, control, invisible format character or
// backslash makes a link unsafe.
const UNSAFE_CHARACTER = /[\s\p{C}\\]/u;
const WEB_SCHEME = /^https?:\/\//i;
const MAIL_SCHEME = /^mailto:./i;
// "//host" and "/\host" are protocol-relative to browsers: they leave the site.
const SITE_PATH = /^\/(?![/\\])/;

/** A path on this site ("/news/x"), as opposed to "//other.example" or "https://…". */
export function isSitePath(href: string): boolean {
  return SITE_PATH.test(href);
}

function hasHost(href: string): boolean {
  try {
    return new URL(href).hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The trimmed href when it is safe to put in a link: http(s) with a host, mailto, or a site path. Anything
 * else (javascript:, data:, vbscript:, "page.html", "#part", obfuscated schemes) gives null. The editor's
 * link form and the server both decide with this one function.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (!trimmed || trimmed.length > MAX_HREF_LENGTH || UNSAFE_CHARACTER.test(trimmed)) return null;
  if (isSitePath(trimmed) || MAIL_SCHEME.test(trimmed)) return trimmed;
  return WEB_SCHEME.test(trimmed) && hasHost(trimmed) ? trimmed : null;
}

/** Inline nodes split where their link changes, so a link partly in bold still renders as one anchor. */
export interface LinkRun {
  href: string | null;
  nodes: RichTextInline[];
}

export function linkRuns(content: RichTextInline[] = []): LinkRun[] {
  const runs: LinkRun[] = [];
  for (const node of content) {
    const href = node.type === 'text' ? (node.marks?.find((mark) => mark.type === 'link')?.attrs.href ?? null) : null;
    const last = runs.at(-1);
    if (last && last.href === href) last.nodes.push(node);
    else runs.push({ href, nodes: [node] });
  }
  return runs;
}
