import 'server-only';
import type { z } from 'zod';
import { createItem, restoreRevision, saveItem, transitionItem } from '@/db/workflow/engine';
import { workflowKinds, type KindInputs } from '@/db/workflow/kinds';
import { invalidateChange } from './cache-invalidation';
import { jobQueue, sendScheduledPublication } from './jobs';
import type { ContentKind } from './content-kinds';
import { editorialAction } from './editorial-action';
import { contentAction } from './permissions';
import { z as zod } from './validation/z';
import { transitionNames } from './workflow';

const id = zod.coerce.number().int().positive();
const version = zod.coerce.number().int().positive();

/**
 * The server actions of a kind's workspace, the same for every kind: create, save, each transition and restore,
 * each parsing its input with the kind's form schema and checking the kind's permission (the engine checks
 * again, with the item's state). A kind's `actions.ts` exports these under its own names.
 */
export function workflowActions<K extends ContentKind>(kind: K, schema: z.ZodType<KindInputs[K]>) {
  const def = workflowKinds[kind];
  return {
    create: editorialAction(schema, contentAction(kind, 'create'), (actor, input) => createItem(def, actor, input)),
    save: editorialAction(zod.object({ id, version, values: schema }), contentAction(kind, 'edit'), (actor, { id, version, values }) =>
      saveItem(def, actor, id, version, values),
    ),
    transition: editorialAction(
      zod.object({ id, version, name: zod.enum(transitionNames), comment: zod.string().max(5000).optional() }),
      'workspace.enter',
      async (actor, { id, version, name, comment }) => {
        // Started before the transaction: on the embedded database the queue shares its single connection.
        const jobs = name === 'approve' ? await jobQueue() : null;
        const result = await transitionItem(def, actor, id, name, {
          version,
          comment,
          onScheduled: async (tx, publication) => sendScheduledPublication(jobs!, tx, publication),
        });
        if (result.status === 'success' && result.data.published) invalidateChange(result.data.published);
        return result;
      },
    ),
    restore: editorialAction(zod.object({ id, version, number: zod.coerce.number().int().positive() }), contentAction(kind, 'restore'), (actor, { id, version, number }) =>
      restoreRevision(def, actor, id, number, version),
    ),
  };
}
