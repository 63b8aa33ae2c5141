'use server';

import { z } from '@/lib/validation/z';
import { createNewsItem, restoreRevision, saveNewsItem, transitionNewsItem } from '@/db/queries/news-workflow';
import { touchPresence } from '@/db/queries/editorial-news';
import { ok } from '@/lib/action-result';
import { invalidateNewsChange } from '@/lib/cache-invalidation';
import { editorialAction } from '@/lib/editorial-action';
import { newsItemSchema } from '@/lib/validation/news-item';
import { transitionNames } from '@/lib/workflow';

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();

export const createNewsItemAction = editorialAction(newsItemSchema, 'news.create', (actor, input) => createNewsItem(actor, input));

export const saveNewsItemAction = editorialAction(
  z.object({ id, version, values: newsItemSchema }),
  'news.edit',
  (actor, { id, version, values }) => saveNewsItem(actor, id, version, values),
);

export const transitionNewsItemAction = editorialAction(
  z.object({ id, version, name: z.enum(transitionNames), comment: z.string().max(5000).optional() }),
  'workspace.enter',
  async (actor, { id, version, name, comment }) => {
    const result = await transitionNewsItem(actor, id, name, { version, comment });
    if (result.status === 'success' && result.data.published) invalidateNewsChange(result.data.published);
    return result;
  },
);

export const restoreRevisionAction = editorialAction(
  z.object({ id, version, number: z.coerce.number().int().positive() }),
  'news.restore',
  (actor, { id, version, number }) => restoreRevision(actor, id, number, version),
);

export const heartbeatAction = editorialAction(z.object({ id }), 'news.edit', async (actor, { id }) =>
  ok(await touchPresence(actor, id)),
);
