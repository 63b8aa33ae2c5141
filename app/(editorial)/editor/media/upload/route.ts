import { forbidden, invalid } from '@/lib/action-result';
import { authorize } from '@/lib/auth/session';
import { MAX_UPLOAD_BYTES, tooLargeMessage } from '@/lib/media/limits';
import { inUploadQueue, UploadQueueFullError } from '@/lib/media/upload-queue';
import { requestOrigin } from '@/lib/request-origin';
import { uploadMedia } from './upload-media';

// Room for the multipart envelope and the text fields around the file.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Image uploads have a route of their own, so that only they accept a large body: server actions keep the
 * default 1 MB. A body over the limit is refused from its declared length, before it is read.
 */
export async function POST(request: Request) {
  if (requestOrigin(request.headers) !== 'same') return Response.json(forbidden(), { status: 403 });
  const length = Number(request.headers.get('content-length'));
  if (!Number.isFinite(length) || length > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) {
    return Response.json(invalid({ file: tooLargeMessage }, tooLargeMessage), { status: 413 });
  }
  // Checked before waiting in the queue, so that nobody without the right can hold a place in it.
  const auth = await authorize('media.manage');
  if (!auth.ok) return Response.json(forbidden(auth.message), { status: 403 });
  try {
    return await inUploadQueue(async () => {
      const formData = await request.formData().catch(() => null);
      if (!formData) {
        const message = 'The upload did not arrive complete. Please try again.';
        return Response.json(invalid({ file: message }, message), { status: 400 });
      }
      return Response.json(await uploadMedia(formData));
    });
  } catch (error) {
    if (!(error instanceof UploadQueueFullError)) throw error;
    return Response.json(invalid({ file: error.message }, error.message), { status: 503, headers: { 'retry-after': '60' } });
  }
}
