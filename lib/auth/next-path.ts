const fallback = '/editor';

/**
 * Where to go after signing in: only a path inside the workspace on this site (never another origin,
 * protocol-relative URL or backslash trick); anything else becomes /editor.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/editor') || value.includes('\\')) return fallback;
  let url: URL;
  try {
    url = new URL(value, 'http://site.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'http://site.invalid') return fallback;
  if (url.pathname !== '/editor' && !url.pathname.startsWith('/editor/')) return fallback;
  return `${url.pathname}${url.search}`;
}
