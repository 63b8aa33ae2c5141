import { findPublishedDocumentFile, getDocumentFileByKey } from '@/db/queries/document-files';
import { authorize } from '@/lib/auth/session';
import { DOCUMENT_KEY, documentHref } from '@/lib/documents';

// A PDF offered by a live publication. The key is the hash of the bytes, so an address never changes meaning and
// may be cached for good. A file that only drafts list answers 404, as if it did not exist, except to the
// people of the workspace, who get it uncached.

// no-transform: a PDF is sent as its own bytes, never re-encoded by a proxy (PDFs compress their own streams).
const FOREVER = 'public, max-age=31536000, immutable, no-transform';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Whether an If-None-Match header names this entity tag (weak or strong, or any). */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}

const pdfHeaders = (file: { name: string; bytes: Uint8Array }) => ({
  'content-type': 'application/pdf',
  'content-length': String(file.bytes.byteLength),
  'content-disposition': `inline; filename="${file.name}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  'x-content-type-options': 'nosniff',
});

/** A file no live publication offers yet, for the people of the workspace (a draft's preview links to it). */
async function draftFile(key: string): Promise<Response> {
  const auth = await authorize('publications.view');
  const file = auth.ok ? await getDocumentFileByKey(key) : null;
  if (!file) return notFound();
  return new Response(file.bytes as BodyInit, { headers: { ...pdfHeaders(file), 'cache-control': 'private, no-store' } });
}

export async function GET(request: Request, { params }: { params: Promise<{ key: string; name: string }> }) {
  const { key, name } = await params;
  if (!DOCUMENT_KEY.test(key)) return notFound();
  const file = await findPublishedDocumentFile(key);
  if (!file) return draftFile(key);
  if (decoded(name) !== file.name) {
    return new Response(null, { status: 308, headers: { location: documentHref(file), 'cache-control': 'public, max-age=86400' } });
  }

  const etag = `"${key}"`;
  const headers = { etag, 'cache-control': FOREVER, 'x-content-type-options': 'nosniff' };
  // A revalidation needs no bytes: they are whatever the key says.
  if (matches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });

  const download = await getDocumentFileByKey(key);
  // Unpublished between the two reads.
  if (!download?.published) return notFound();
  return new Response(download.bytes as BodyInit, { headers: { ...headers, ...pdfHeaders(download) } });
}
