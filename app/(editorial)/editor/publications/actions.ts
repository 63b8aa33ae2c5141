'use server';

import { publicationSchema } from '@/lib/validation/publication';
import { workflowActions } from '@/lib/workflow-actions';

const publication = workflowActions('publication', publicationSchema);

export const createPublicationAction = publication.create;
export const savePublicationAction = publication.save;
export const transitionPublicationAction = publication.transition;
export const restorePublicationRevisionAction = publication.restore;
