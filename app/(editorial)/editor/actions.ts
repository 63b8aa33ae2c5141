'use server';

import { addComment } from '@/db/queries/comments';
import { touchPresence } from '@/db/queries/presence';
import { ok } from '@/lib/action-result';
import { contentKinds } from '@/lib/content-kinds';
import { editorialAction } from '@/lib/editorial-action';
import { z } from '@/lib/validation/z';

// Actions shared by every kind of content; each checks the kind's own permission.

export const addCommentAction = editorialAction(
  z.object({ kind: z.enum(contentKinds), id: z.coerce.number().int().positive(), comment: z.string() }),
  'workspace.enter',
  (actor, { kind, id, comment }) => addComment(actor, kind, id, comment),
);

/** "I have this item open": answers who else has it open. */
export const heartbeatAction = editorialAction(
  z.object({ kind: z.enum(contentKinds), id: z.coerce.number().int().positive() }),
  'workspace.enter',
  async (actor, { kind, id }) => ok(await touchPresence(actor, kind, id)),
);
