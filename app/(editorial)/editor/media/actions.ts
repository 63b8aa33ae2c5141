'use server';

import { updateTag } from 'next/cache';
import { z } from '@/lib/validation/z';
import { deleteMedia, getMediaLookup, listMedia, updateMediaMetadata } from '@/db/queries/media';
import { describeUsage } from '@/db/queries/media-usage';
import { invalid, ok } from '@/lib/action-result';
import { cacheTags } from '@/lib/cache-tags';
import { editorialAction } from '@/lib/editorial-action';
import { toMediaPreview } from '@/lib/media/types';
import { mediaMetadataSchema } from '@/lib/validation/media';

const id = z.number().int().positive();

export const searchMediaAction = editorialAction(
  z.object({ q: z.string().max(200, 'Keep the search to 200 characters or fewer.'), page: z.number().int().positive() }),
  'media.view',
  async (actor, { q, page }) => ok(await listMedia(actor, { q, page, pageSize: 12 })),
);

export const updateMediaAction = editorialAction(
  z.object({ id, values: mediaMetadataSchema }),
  'media.manage',
  async (actor, { id, values }) => {
    const found = await updateMediaMetadata(actor, id, values);
    if (!found) return invalid({}, 'This image no longer exists.');
    // Captions and credits show on every public page that uses the image.
    updateTag(cacheTags.media);
    return ok(undefined, 'Saved the image details.');
  },
);

export const deleteMediaAction = editorialAction(z.object({ id }), 'media.manage', async (actor, { id }) => {
  const result = await deleteMedia(actor, id);
  if (!result.deleted && result.usage.length) {
    return {
      status: 'conflict',
      message: `This image is still used, so it was not deleted. Remove it from these first (earlier revisions count too): ${describeUsage(result.usage)}.`,
    } as const;
  }
  updateTag(cacheTags.media);
  return ok(undefined, result.deleted ? 'The image was deleted.' : 'This image had already been deleted.');
});

/** Previews of library images a form refers to but has not shown yet (say, in a restored unsaved copy). */
export const mediaPreviewsAction = editorialAction(z.object({ ids: z.array(id).max(60) }), 'media.view', async (_actor, { ids }) =>
  ok([...(await getMediaLookup(ids)).values()].map(toMediaPreview)),
);
