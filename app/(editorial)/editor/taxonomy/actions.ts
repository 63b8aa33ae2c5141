'use server';

import { updateTag } from 'next/cache';
import { z } from '@/lib/validation/z';
import { updateTerm } from '@/db/queries/taxonomy-admin';
import { cacheTags } from '@/lib/cache-tags';
import { editorialAction } from '@/lib/editorial-action';
import { taxonomyKinds, termSchema } from '@/lib/validation/taxonomy';

export const updateTermAction = editorialAction(
  z.object({ kind: z.enum(taxonomyKinds), id: z.number().int().positive(), values: termSchema }),
  'taxonomy.manage',
  async (actor, { kind, id, values }) => {
    const result = await updateTerm(actor, kind, id, values);
    if (result.status === 'success') {
      // Term names appear in the navigation, on taxonomy pages and on every news card and item.
      updateTag(cacheTags.taxonomy);
      updateTag(cacheTags.newsLists);
    }
    return result;
  },
);
