import 'server-only';
import { eq } from 'drizzle-orm';
import type { NewsItemInput } from '@/lib/validation/news-item';
import type { Transaction } from '../index';
import { newsItemCountries, newsItemFields, newsItemStructures, newsItems, newsRevisions } from '../schema';
import { commonInput, commonRevisionValues, pick } from './common-fields';
import type { WorkflowKind } from './kind';
import { checkContent } from './references';

/** Unknown term ids and images, as field errors. */
const check = (tx: Transaction, input: NewsItemInput) =>
  checkContent(tx, { structureIds: input.structureIds, fieldIds: input.fieldIds, countryIds: input.countryIds }, input.body, input.imageId);

/** The live term assignments follow the published revision's lists. */
async function onPublish(tx: Transaction, itemId: number, revision: Record<string, unknown>) {
  const { structureIds, fieldIds, countryIds } = revision as { structureIds: number[]; fieldIds: number[]; countryIds: number[] };
  await tx.delete(newsItemStructures).where(eq(newsItemStructures.newsItemId, itemId));
  await tx.delete(newsItemFields).where(eq(newsItemFields.newsItemId, itemId));
  await tx.delete(newsItemCountries).where(eq(newsItemCountries.newsItemId, itemId));
  if (structureIds.length) {
    await tx.insert(newsItemStructures).values(structureIds.map((structureId, position) => ({ newsItemId: itemId, structureId, position })));
  }
  if (fieldIds.length) await tx.insert(newsItemFields).values(fieldIds.map((fieldId) => ({ newsItemId: itemId, fieldId })));
  if (countryIds.length) await tx.insert(newsItemCountries).values(countryIds.map((countryId) => ({ newsItemId: itemId, countryId })));
}

/** The form's fields a revision keeps as they are, besides the common ones. */
const ownFields = ['type', 'imageId', 'issuedOn', 'structureIds', 'fieldIds', 'countryIds'] as const;

export const newsItemKind: WorkflowKind<NewsItemInput> = {
  kind: 'news_item',
  live: newsItems,
  revisions: newsRevisions,
  itemColumn: newsRevisions.newsItemId,
  itemKey: 'newsItemId',
  liveColumns: ['slug', 'type', 'title', 'lead', 'body', 'imageId', 'issuedOn'],
  revisionValues: (input) => ({ ...commonRevisionValues(input), ...pick(input, ownFields) }),
  toInput: (revision) => ({ ...commonInput(revision), ...pick(revision as typeof newsRevisions.$inferSelect, ownFields) }),
  check,
  media: { image: 'imageId', body: 'body' },
  onPublish,
};
