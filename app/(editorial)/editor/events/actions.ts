'use server';

import { eventSchema } from '@/lib/validation/event';
import { workflowActions } from '@/lib/workflow-actions';

const event = workflowActions('event', eventSchema);

export const createEventAction = event.create;
export const saveEventAction = event.save;
export const transitionEventAction = event.transition;
export const restoreEventRevisionAction = event.restore;
