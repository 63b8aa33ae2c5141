'use server';

import { updateTag } from 'next/cache';
import { z } from '@/lib/validation/z';
import { createPage, savePage, transitionPage } from '@/db/queries/page-workflow';
import { cacheTags } from '@/lib/cache-tags';
import { editorialAction } from '@/lib/editorial-action';
import { pageSchema } from '@/lib/validation/page';
import { transitionNames } from '@/lib/workflow';

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();

export const createPageAction = editorialAction(pageSchema, 'pages.create', (actor, input) => createPage(actor, input));

export const savePageAction = editorialAction(z.object({ id, version, values: pageSchema }), 'pages.edit', (actor, { id, version, values }) =>
  savePage(actor, id, version, values),
);

export const transitionPageAction = editorialAction(
  z.object({ id, version, name: z.enum(transitionNames), comment: z.string().max(5000).optional() }),
  'workspace.enter',
  async (actor, { id, version, name, comment }) => {
    const result = await transitionPage(actor, id, name, { version, comment });
    if (result.status === 'success' && result.data.changed) updateTag(cacheTags.pages);
    return result;
  },
);
