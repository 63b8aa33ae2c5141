import 'server-only';
import { eq } from 'drizzle-orm';
import type { NewsItemInput } from '@/lib/validation/news-item';
import type { Transaction } from '../index';
import { newsItemCountries, newsItemFields, newsItemStructures, newsItems, newsRevisions } from '../schema';
import { commonInput, commonRevisionValues } from './common-fields';
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

export const newsItemKind: WorkflowKind<NewsItemInput> = {
  kind: 'news_item',
  live: newsItems,
  revisions: newsRevisions,
  itemColumn: newsRevisions.newsItemId,
  itemKey: 'newsItemId',
  liveColumns: ['slug', 'type', 'title', 'lead', 'body', 'imageId', 'issuedOn'],
  revisionValues: (input) => ({
    ...commonRevisionValues(input),
    type: input.type,
    imageId: input.imageId,
    issuedOn: input.issuedOn,
    structureIds: input.structureIds,
    fieldIds: input.fieldIds,
    countryIds: input.countryIds,
  }),
  toInput: (revision) => {
    const old = revision as typeof newsRevisions.$inferSelect;
    const { type, imageId, issuedOn, structureIds, fieldIds, countryIds } = old;
    return { ...commonInput(revision), type, imageId, issuedOn, structureIds, fieldIds, countryIds };
  },
  check,
  media: { image: 'imageId', body: 'body' },
  onPublish,
};
