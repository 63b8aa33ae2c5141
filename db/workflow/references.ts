import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Transaction } from '../index';
import { checkImages } from '../queries/media-usage';
import { countries, documentFiles, events, fieldsOfWork, meetingSeries, publications, structures } from '../schema';
import type { RichTextDoc } from '@/lib/rich-text/types';

// What a form's input may refer to, and the field error when one of them is gone: the kinds' `check` functions
// (db/workflow/kind.ts) are made of these.

const tables = {
  structureIds: { table: structures, what: 'structures' },
  fieldIds: { table: fieldsOfWork, what: 'fields of work' },
  countryIds: { table: countries, what: 'countries' },
  publicationIds: { table: publications, what: 'publications' },
  fileIds: { table: documentFiles, what: 'files' },
  seriesIds: { table: meetingSeries, what: 'meeting series' },
  eventIds: { table: events, what: 'events' },
} as const;

export type Reference = keyof typeof tables;

/** A field error for each list in `lists` naming an id that does not exist. */
export async function checkReferences(tx: Transaction, lists: Partial<Record<Reference, number[]>>): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  for (const [field, ids] of Object.entries(lists) as [Reference, number[]][]) {
    const unique = [...new Set(ids)];
    if (unique.length === 0) continue;
    const { table, what } = tables[field];
    const found = await tx.select({ id: table.id }).from(table).where(inArray(table.id, unique));
    if (found.length !== unique.length) errors[field] = `One of the chosen ${what} does not exist (any more). Reload the page and choose again.`;
  }
  return errors;
}

/** References plus the images of a body and a lead image or cover. */
export async function checkContent(
  tx: Transaction,
  lists: Partial<Record<Reference, number[]>>,
  body: RichTextDoc | null,
  imageId: number | null = null,
): Promise<Record<string, string>> {
  return { ...(await checkReferences(tx, lists)), ...(await checkImages(tx, body ?? { type: 'doc', content: [] }, imageId)) };
}
