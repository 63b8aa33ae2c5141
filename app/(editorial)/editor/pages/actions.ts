'use server';

import { pageSchema } from '@/lib/validation/page';
import { workflowActions } from '@/lib/workflow-actions';

const page = workflowActions('page', pageSchema);

export const createPageAction = page.create;
export const savePageAction = page.save;
export const transitionPageAction = page.transition;
export const restorePageRevisionAction = page.restore;
