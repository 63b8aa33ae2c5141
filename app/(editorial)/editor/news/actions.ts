'use server';

import { newsItemSchema } from '@/lib/validation/news-item';
import { workflowActions } from '@/lib/workflow-actions';

const news = workflowActions('news_item', newsItemSchema);

export const createNewsItemAction = news.create;
export const saveNewsItemAction = news.save;
export const transitionNewsItemAction = news.transition;
export const restoreRevisionAction = news.restore;
