import 'server-only';
import { and, count, desc, eq, gte, inArray, isNotNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { DocumentLanguage, PublicationType } from '@/lib/enums';
import type { MediaForRender } from '@/lib/media/types';
import type { PublicationFilters } from '@/lib/validation/publication-filters';
import { getDb, type Database } from '../index';
import { contentSlugRedirects, countries, documentFiles, fieldsOfWork, publications, structures } from '../schema';
import { getDocumentFilesByIds, type DocumentFileSummary } from './document-files';
import { getMediaLookup } from './media';
import { hasSearchableTerms, type TermRef } from './news';

export const PUBLICATIONS_PAGE_SIZE = 20;

export interface PublicationCard {
  id: number;
  slug: string;
  title: string;
  type: PublicationType;
  publishedOn: string;
  summary: string;
  language: DocumentLanguage;
  issuedBy: TermRef[];
}

export interface PublicationsPage {
  items: PublicationCard[];
  total: number;
  page: number;
  pageCount: number;
  /** True when the search words were all stop words or punctuation, so the search was not applied. */
  queryIgnored: boolean;
}

/** Public visibility, checked at read time so that nothing scheduled shows early. */
const isLive = (): SQL => and(isNotNull(publications.publishedAt), lte(publications.publishedAt, sql`now()`))!;

const tsQuery = (q: string): SQL => sql`websearch_to_tsquery('english', ${q})`;

type TermTable = typeof structures | typeof fieldsOfWork | typeof countries;

/** The term a slug names, as an array of its id for `@>` on the GIN-indexed id arrays (no match: matches nothing). */
const termArray = (terms: TermTable, slug: string): SQL =>
  sql`array[(select ${terms.id} from ${terms} where ${terms.slug} = ${slug})]::integer[]`;

function filterConditions(filters: PublicationFilters, useQuery: boolean): SQL[] {
  const conditions: SQL[] = [isLive()];
  if (filters.type) conditions.push(eq(publications.type, filters.type));
  if (filters.field) conditions.push(sql`${publications.fieldIds} @> ${termArray(fieldsOfWork, filters.field)}`);
  if (filters.structure) conditions.push(sql`${publications.structureIds} @> ${termArray(structures, filters.structure)}`);
  if (filters.country) conditions.push(sql`${publications.countryIds} @> ${termArray(countries, filters.country)}`);
  if (filters.year) {
    conditions.push(gte(publications.publishedOn, `${filters.year}-01-01`), lt(publications.publishedOn, `${filters.year + 1}-01-01`));
  }
  if (useQuery && filters.q) {
    // The words may be in the title and summary, or only inside one of the files.
    const query = tsQuery(filters.q);
    conditions.push(sql`(${publications.search} @@ ${query} or exists (select 1 from ${documentFiles} f
      where f.id = any(${publications.fileIds}) and f.search @@ ${query}))`);
  }
  return conditions;
}

/** Names and slugs of the terms with these ids, in the order of the ids; ids of deleted terms are skipped. */
async function termsOf(db: Database, table: TermTable, ids: readonly number[]): Promise<(list: readonly number[]) => TermRef[]> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.select({ id: table.id, slug: table.slug, name: table.name }).from(table).where(inArray(table.id, unique)) : [];
  const byId = new Map(rows.map(({ id, slug, name }) => [id, { slug, name }]));
  return (list) => list.flatMap((id) => byId.get(id) ?? []);
}

const cardColumns = {
  id: publications.id,
  slug: publications.slug,
  title: publications.title,
  type: publications.type,
  publishedOn: publications.publishedOn,
  summary: publications.summary,
  language: publications.language,
  structureIds: publications.structureIds,
};

async function toCards(db: Database, rows: (Omit<PublicationCard, 'issuedBy'> & { structureIds: number[] })[]): Promise<PublicationCard[]> {
  const issuedBy = await termsOf(db, structures, rows.flatMap((row) => row.structureIds));
  return rows.map(({ structureIds, ...row }) => ({ ...row, issuedBy: issuedBy(structureIds) }));
}

/** One page of live publications, newest first (by "Published on", then by id). */
export async function listPublishedPublications(
  filters: PublicationFilters,
  page: number,
  pageSize = PUBLICATIONS_PAGE_SIZE,
  db: Database = getDb(),
): Promise<PublicationsPage> {
  const queryIgnored = filters.q ? !(await hasSearchableTerms(filters.q, db)) : false;
  const where = and(...filterConditions(filters, !queryIgnored));
  const [[counted], rows] = await Promise.all([
    db.select({ n: count() }).from(publications).where(where),
    db
      .select(cardColumns)
      .from(publications)
      .where(where)
      .orderBy(desc(publications.publishedOn), desc(publications.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
  ]);
  const total = Number(counted?.n ?? 0);
  return { items: await toCards(db, rows), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), queryIgnored };
}

/** The newest live publications of a structure, field of work or country (a term page's "Latest publications"). */
export async function getLatestPublications(
  filter: Pick<PublicationFilters, 'structure' | 'field' | 'country'>,
  limit = 5,
  db: Database = getDb(),
): Promise<PublicationCard[]> {
  return (await listPublishedPublications(filter, 1, limit, db)).items;
}

/** Live publications in the order of `ids` (an event's linked publications); others are left out. */
export async function getPublicationCardsByIds(ids: readonly number[], db: Database = getDb()): Promise<PublicationCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(cardColumns).from(publications).where(and(inArray(publications.id, [...ids]), isLive()));
  const cards = new Map((await toCards(db, rows)).map((card) => [card.id, card]));
  return [...new Set(ids)].flatMap((id) => cards.get(id) ?? []);
}

/** The years in which live publications were published, newest first (the year filter's choices). */
export async function listPublicationYears(db: Database = getDb()): Promise<number[]> {
  const year = sql<number>`extract(year from ${publications.publishedOn})::int`;
  const rows = await db.selectDistinct({ year }).from(publications).where(isLive()).orderBy(desc(year));
  return rows.map((row) => Number(row.year));
}

export interface PublicationDetail extends Omit<PublicationCard, 'issuedBy'> {
  structures: TermRef[];
  fields: TermRef[];
  countries: TermRef[];
  cover: MediaForRender | null;
  /** In the order the editor gave them. */
  files: DocumentFileSummary[];
  publishedAt: Date;
  updatedAt: Date;
}

export type PublicationLookup = { kind: 'found'; publication: PublicationDetail } | { kind: 'moved'; slug: string } | { kind: 'missing' };

/** The current slug of the live publication that once answered at `slug`, if any. */
export async function getPublicationSlugRedirect(slug: string, db: Database = getDb()): Promise<string | null> {
  const [row] = await db
    .select({ slug: publications.slug })
    .from(contentSlugRedirects)
    .innerJoin(publications, eq(publications.id, contentSlugRedirects.itemId))
    .where(and(eq(contentSlugRedirects.kind, 'publication'), eq(contentSlugRedirects.slug, slug), isLive()));
  return row?.slug ?? null;
}

/** A live publication by its slug, with its terms, cover and files; an old slug resolves to the current one. */
export async function getPublishedPublicationBySlug(slug: string, db: Database = getDb()): Promise<PublicationLookup> {
  const [row] = await db
    .select({
      ...cardColumns,
      fieldIds: publications.fieldIds,
      countryIds: publications.countryIds,
      coverId: publications.coverId,
      fileIds: publications.fileIds,
      publishedAt: publications.publishedAt,
      updatedAt: publications.updatedAt,
    })
    .from(publications)
    .where(and(eq(publications.slug, slug), isLive()));
  if (!row) {
    const moved = await getPublicationSlugRedirect(slug, db);
    return moved ? { kind: 'moved', slug: moved } : { kind: 'missing' };
  }

  const { structureIds, fieldIds, countryIds, coverId, fileIds, publishedAt, ...rest } = row;
  const [structureRefs, fieldRefs, countryRefs, media, files] = await Promise.all([
    termsOf(db, structures, structureIds),
    termsOf(db, fieldsOfWork, fieldIds),
    termsOf(db, countries, countryIds),
    getMediaLookup(coverId ? [coverId] : [], db),
    getDocumentFilesByIds(fileIds, db),
  ]);
  return {
    kind: 'found',
    publication: {
      ...rest,
      publishedAt: publishedAt!,
      structures: structureRefs(structureIds),
      fields: fieldRefs(fieldIds),
      countries: countryRefs(countryIds),
      cover: (coverId && media.get(coverId)) || null,
      files,
    },
  };
}
