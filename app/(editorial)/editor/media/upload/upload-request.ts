import type { ActionResult } from '@/lib/action-result';
import type { MediaSummary } from '@/lib/media/types';

/** Sends the upload form to the upload route and returns its result, shaped like a server action's. */
export async function uploadMediaRequest(formData: FormData): Promise<ActionResult<MediaSummary>> {
  const response = await fetch('/editor/media/upload', { method: 'POST', body: formData });
  if (!response.headers.get('content-type')?.includes('application/json')) {
    return { status: 'error', message: 'The upload did not reach the server. Your text is still here; please try again.' };
  }
  return (await response.json()) as ActionResult<MediaSummary>;
}
