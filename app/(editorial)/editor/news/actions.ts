'use server';

import { z } from '@/lib/validation/z';
import { createItem, restoreRevision, saveItem, transitionItem } from '@/db/workflow/engine';
import { workflowKinds } from '@/db/workflow/kinds';
import { invalidateChange } from '@/lib/cache-invalidation';
import { editorialAction } from '@/lib/editorial-action';
import { newsItemSchema } from '@/lib/validation/news-item';
import { transitionNames } from '@/lib/workflow';

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();
const news = workflowKinds.news_item;

export const createNewsItemAction = editorialAction(newsItemSchema, 'news.create', (actor, input) => createItem(news, actor, input));

export const saveNewsItemAction = editorialAction(
  z.object({ id, version, values: newsItemSchema }),
  'news.edit',
  (actor, { id, version, values }) => saveItem(news, actor, id, version, values),
);

export const transitionNewsItemAction = editorialAction(
  z.object({ id, version, name: z.enum(transitionNames), comment: z.string().max(5000).optional() }),
  'workspace.enter',
  async (actor, { id, version, name, comment }) => {
    const result = await transitionItem(news, actor, id, name, { version, comment });
    if (result.status === 'success' && result.data.published) invalidateChange(result.data.published);
    return result;
  },
);

export const restoreRevisionAction = editorialAction(
  z.object({ id, version, number: z.coerce.number().int().positive() }),
  'news.restore',
  (actor, { id, version, number }) => restoreRevision(news, actor, id, number, version),
);
