import 'server-only';
import type { PublicationInput } from '@/lib/validation/publication';
import type { Transaction } from '../index';
import { checkImages } from '../queries/media-usage';
import { publicationRevisions, publications } from '../schema';
import { pick } from './common-fields';
import type { WorkflowKind } from './kind';
import { checkReferences } from './references';

const check = async (tx: Transaction, input: PublicationInput) => ({
  ...(await checkReferences(tx, { structureIds: input.structureIds, fieldIds: input.fieldIds, countryIds: input.countryIds, fileIds: input.fileIds })),
  ...(await checkImages(tx, null, input.coverId, 'coverId')),
});

const fields = ['slug', 'title', 'type', 'publishedOn', 'summary', 'language', 'coverId', 'fileIds', 'structureIds', 'fieldIds', 'countryIds'] as const;

export const publicationKind: WorkflowKind<PublicationInput> = {
  kind: 'publication',
  live: publications,
  revisions: publicationRevisions,
  itemColumn: publicationRevisions.publicationId,
  itemKey: 'publicationId',
  liveColumns: fields,
  revisionValues: (input) => ({ ...pick(input, fields), publishAt: input.publishAt ? new Date(input.publishAt) : null }),
  toInput: (revision) => {
    const old = revision as typeof publicationRevisions.$inferSelect;
    return { ...pick(old, fields), publishAt: old.publishAt ? old.publishAt.toISOString() : '' };
  },
  check,
  media: { image: 'coverId' },
};
