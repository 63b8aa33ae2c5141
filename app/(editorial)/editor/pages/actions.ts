'use server';

import { z } from '@/lib/validation/z';
import { createItem, restoreRevision, saveItem, transitionItem } from '@/db/workflow/engine';
import { workflowKinds } from '@/db/workflow/kinds';
import { invalidateChange } from '@/lib/cache-invalidation';
import { editorialAction } from '@/lib/editorial-action';
import { pageSchema } from '@/lib/validation/page';
import { transitionNames } from '@/lib/workflow';

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();
const page = workflowKinds.page;

export const createPageAction = editorialAction(pageSchema, 'pages.create', (actor, input) => createItem(page, actor, input));

export const savePageAction = editorialAction(z.object({ id, version, values: pageSchema }), 'pages.edit', (actor, { id, version, values }) =>
  saveItem(page, actor, id, version, values),
);

export const transitionPageAction = editorialAction(
  z.object({ id, version, name: z.enum(transitionNames), comment: z.string().max(5000).optional() }),
  'workspace.enter',
  async (actor, { id, version, name, comment }) => {
    const result = await transitionItem(page, actor, id, name, { version, comment });
    if (result.status === 'success' && result.data.published) invalidateChange(result.data.published);
    return result;
  },
);

export const restorePageRevisionAction = editorialAction(
  z.object({ id, version, number: z.coerce.number().int().positive() }),
  'pages.restore',
  (actor, { id, version, number }) => restoreRevision(page, actor, id, number, version),
);
