'use server';

import { addComment } from '@/db/queries/comments';
import { contentKinds } from '@/lib/content-kinds';
import { editorialAction } from '@/lib/editorial-action';
import { z } from '@/lib/validation/z';

// Actions shared by every kind of content; each checks the kind's own permission.

export const addCommentAction = editorialAction(
  z.object({ kind: z.enum(contentKinds), id: z.coerce.number().int().positive(), comment: z.string() }),
  'workspace.enter',
  (actor, { kind, id, comment }) => addComment(actor, kind, id, comment),
);
