import { safeHref } from '@/lib/rich-text/links';

/** Shown next to the link address field when it is refused. */
export const LINK_HREF_RULE = 'Enter a web address (https://…), an e-mail address, or a page on this site starting with /.';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BARE_HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#][^\s\\]*)?$/u;
const BARE_EMAIL = /^[^\s@/:\\]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/** Whether `href` may be stored as a link address: the server's rule (lib/rich-text/links.ts), exactly. */
export function isSafeHref(href: string): boolean {
  return safeHref(href) === href;
}

/**
 * The address to store for what someone typed in the link field, or null if it cannot be a link. A bare
 * host ("www.osce.org/x") gets https://, a bare e-mail address gets mailto:, as people expect.
 */
export function completeHref(typed: string): string | null {
  const value = typed.trim();
  if (BARE_EMAIL.test(value)) return `mailto:${value}`;
  if (!SCHEME.test(value) && BARE_HOST.test(value)) return `https://${value}`;
  return isSafeHref(value) ? value : null;
}

/**
 * Tiptap's `isAllowedUri` check. Besides finished addresses it also sees bare text found in pasted text
 * ("www.osce.org"), which only gets its protocol afterwards; the link guard re-checks the final href.
 */
export function isAllowedLinkUri(url: string | undefined): boolean {
  if (!url) return false;
  if (SCHEME.test(url) || url.startsWith('/')) return isSafeHref(url);
  return BARE_HOST.test(url) || BARE_EMAIL.test(url);
}
