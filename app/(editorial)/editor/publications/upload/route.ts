import { documentCover, uploadDocumentFile } from '@/db/queries/document-files';
import { forbidden, invalid, ok } from '@/lib/action-result';
import { authorize } from '@/lib/auth/session';
import { inUploadQueue, UploadQueueFullError } from '@/lib/media/upload-queue';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_LABEL } from '@/lib/pdf/limits';
import { requestOrigin } from '@/lib/request-origin';

const ENVELOPE_BYTES = 64 * 1024;
const tooLarge = `The file is larger than ${MAX_DOCUMENT_LABEL}. Make it smaller and upload it again.`;

/**
 * PDF uploads for publications ("Files"): a route of their own, like image uploads, so that only they accept a
 * large body. The bytes are checked (lib/pdf/inspect.ts) before anything is stored; the answer names the file and
 * the media library image of its first page.
 */
export async function POST(request: Request) {
  if (requestOrigin(request.headers) !== 'same') return Response.json(forbidden(), { status: 403 });
  const length = Number(request.headers.get('content-length'));
  if (!Number.isFinite(length) || length > MAX_DOCUMENT_BYTES + ENVELOPE_BYTES) {
    return Response.json(invalid({ fileIds: tooLarge }, tooLarge), { status: 413 });
  }
  const auth = await authorize('publications.edit');
  if (!auth.ok) return Response.json(forbidden(auth.message), { status: 403 });
  try {
    return await inUploadQueue(async () => {
      const form = await request.formData().catch(() => null);
      const file = form?.get('file');
      if (!(file instanceof File)) {
        const message = 'The upload did not arrive complete. Please try again.';
        return Response.json(invalid({ fileIds: message }, message), { status: 400 });
      }
      if (file.size > MAX_DOCUMENT_BYTES) return Response.json(invalid({ fileIds: tooLarge }, tooLarge), { status: 413 });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await uploadDocumentFile(auth.user, { name: file.name, bytes });
      if (result.status === 'refused') return Response.json(invalid({ fileIds: `${file.name}: ${result.message}` }, result.message), { status: 422 });
      // The image of the first page, offered as the cover; a file that cannot be drawn is still accepted.
      const coverId = await documentCover(auth.user, result.file, bytes).catch(() => null);
      return Response.json(ok({ ...result.file, coverId }, `Uploaded ${result.file.name}.`));
    });
  } catch (error) {
    if (!(error instanceof UploadQueueFullError)) throw error;
    return Response.json(invalid({ fileIds: error.message }, error.message), { status: 503, headers: { 'retry-after': '60' } });
  }
}
