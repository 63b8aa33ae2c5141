import { getMediaFile, MEDIA_FILE_KEY } from '@/db/queries/media';

// Renditions are named by the hash of their bytes, so a URL never changes meaning and may be cached for good.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const file = MEDIA_FILE_KEY.test(key) ? await getMediaFile(key) : null;
  if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(file.bytes as BodyInit, {
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.bytes.byteLength),
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${key.split('.')[0]}"`,
      'x-content-type-options': 'nosniff',
    },
  });
}
