import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { NewsItemInput } from '@/lib/validation/news-item';
import type { Transaction } from '../index';
import { checkImages } from '../queries/media-usage';
import { countries, fieldsOfWork, newsItemCountries, newsItemFields, newsItemStructures, newsItems, newsRevisions, structures } from '../schema';
import { commonInput, commonRevisionValues } from './common-fields';
import type { WorkflowKind } from './kind';

/** Unknown term ids and images, as field errors. */
async function check(tx: Transaction, input: NewsItemInput): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const known = async (table: typeof structures | typeof fieldsOfWork | typeof countries, ids: number[]) =>
    ids.length === 0 ? 0 : (await tx.select({ id: table.id }).from(table).where(inArray(table.id, ids))).length;
  if ((await known(structures, input.structureIds)) !== new Set(input.structureIds).size)
    errors.structureIds = 'One of the chosen structures does not exist (any more). Reload the page and choose again.';
  if ((await known(fieldsOfWork, input.fieldIds)) !== new Set(input.fieldIds).size)
    errors.fieldIds = 'One of the chosen fields of work does not exist. Reload the page and choose again.';
  if ((await known(countries, input.countryIds)) !== new Set(input.countryIds).size)
    errors.countryIds = 'One of the chosen countries does not exist. Reload the page and choose again.';
  Object.assign(errors, await checkImages(tx, input.body, input.imageId));

  return errors;
}

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
  onPublish,
};
