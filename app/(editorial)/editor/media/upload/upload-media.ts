import 'server-only';
import { z } from '@/lib/validation/z';
import { createMedia } from '@/db/queries/media';
import { invalid, ok, type ActionResult } from '@/lib/action-result';
import { editorialAction } from '@/lib/editorial-action';
import { MediaRejectedError } from '@/lib/media/process';
import type { MediaSummary } from '@/lib/media/types';
import { mediaMetadataSchema } from '@/lib/validation/media';

const uploadSchema = mediaMetadataSchema.extend({
  file: z.instanceof(File, { message: 'Choose an image file.' }),
});

const runUpload = editorialAction(uploadSchema, 'media.manage', async (actor, { file, ...metadata }) => {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const created = await createMedia(actor, { ...metadata, bytes, originalName: file.name });
    return ok(created, `Uploaded “${created.alt}”.`);
  } catch (error) {
    if (error instanceof MediaRejectedError) return invalid({ file: error.message }, error.message);
    throw error;
  }
});

/** The upload form's FormData (the file plus alt text, caption and credit), checked and stored. */
export async function uploadMedia(formData: FormData): Promise<ActionResult<MediaSummary>> {
  const text = (name: string) => (typeof formData.get(name) === 'string' ? (formData.get(name) as string) : '');
  return runUpload({ file: formData.get('file'), alt: text('alt'), caption: text('caption'), credit: text('credit') });
}
