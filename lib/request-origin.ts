/**
 * Where a request says it comes from, compared with the host it was sent to (as Next.js compares them for server
 * actions): 'same' for a page of this site, 'foreign' for another site (or an opaque `null` origin), 'none' when
 * the request names no origin at all, as only hand-made requests do.
 */
export function requestOrigin(headers: Headers): 'same' | 'foreign' | 'none' {
  const origin = headers.get('origin');
  if (!origin) return 'none';
  // X-Forwarded-Host reaches the app only from a trusted proxy (scripts/server.mjs drops a client's own).
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  try {
    return origin !== 'null' && new URL(origin).host === host ? 'same' : 'foreign';
  } catch {
    return 'foreign';
  }
}
