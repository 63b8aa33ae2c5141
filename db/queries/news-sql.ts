// The public news reads' queries, as builders: news.ts runs them, and the plan test (news-plans.test.ts) reads
// PostgreSQL's plan of exactly these statements, so that a change that turns one into a scan of every item fails.
import 'server-only';
import { and, desc, eq, gte, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { NewsFilters } from '@/lib/validation/news-filters';
import type { Database } from '../index';
import {
  countries,
  fieldsOfWork,
  newsItemCountries,
  newsItemFields,
  newsItemStructures,
  newsItems,
  newsListingTerms,
  structures,
} from '../schema';

/** Listings count their matches up to this many; beyond it they say "10,000+" instead of reading every match. */
export const NEWS_COUNT_LIMIT = 10_000;

/**
 * A search ranks this many of its newest matches by relevance; older matches follow, newest first. Ranking reads
 * each match's stored tsvector (kept out of line), which for a common word would mean reading tens of thousands.
 */
export const RANKED_MATCHES = 300;

/** Related items are looked for among this many of the most recently added items of each shared term. */
const RELATED_CANDIDATES_PER_TERM = 300;

/**
 * Runs a search's queries with sequential scans discouraged. PostgreSQL does not count the cost of reading the
 * out-of-line tsvector of every row it tests, so for a word found in half the items it prefers reading the whole
 * table (about a second at 100,000 items) to the GIN index (tens of milliseconds).
 */
export async function withSearchPlans<T>(db: Database, run: (db: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return run(tx as unknown as Database);
  });
}

/** Public visibility, checked at read time so that nothing scheduled shows early. */
export function isLive(): SQL {
  return and(isNotNull(newsItems.publishedAt), lte(newsItems.publishedAt, sql`now()`))!;
}

export function tsQuery(q: string): SQL {
  return sql`websearch_to_tsquery('english', ${q})`;
}

export function filterConditions(filters: NewsFilters, useQuery: boolean): SQL[] {
  const conditions: SQL[] = [isLive()];
  if (filters.field) {
    conditions.push(sql`exists (select 1 from ${newsItemFields} join ${fieldsOfWork} on ${fieldsOfWork.id} = ${newsItemFields.fieldId}
      where ${newsItemFields.newsItemId} = ${newsItems.id} and ${fieldsOfWork.slug} = ${filters.field})`);
  }
  if (filters.structure) {
    conditions.push(sql`exists (select 1 from ${newsItemStructures} join ${structures} on ${structures.id} = ${newsItemStructures.structureId}
      where ${newsItemStructures.newsItemId} = ${newsItems.id} and ${structures.slug} = ${filters.structure})`);
  }
  if (filters.country) {
    conditions.push(sql`exists (select 1 from ${newsItemCountries} join ${countries} on ${countries.id} = ${newsItemCountries.countryId}
      where ${newsItemCountries.newsItemId} = ${newsItems.id} and ${countries.slug} = ${filters.country})`);
  }
  if (filters.type) conditions.push(eq(newsItems.type, filters.type));
  if (filters.from) conditions.push(gte(newsItems.issuedOn, filters.from));
  if (filters.to) conditions.push(lte(newsItems.issuedOn, filters.to));
  if (useQuery && filters.q) conditions.push(sql`${newsItems.search} @@ ${tsQuery(filters.q)}`);
  return conditions;
}

/** The term filters, and the taxonomy each names a term of. */
const termFilters = [
  { filter: 'field', kind: 'field_of_work', terms: fieldsOfWork },
  { filter: 'structure', kind: 'structure', terms: structures },
  { filter: 'country', kind: 'country', terms: countries },
] as const;

/** The id of the term a slug names, as a subquery that PostgreSQL runs once. */
function termId(terms: (typeof termFilters)[number]['terms'], slug: string): SQL {
  return sql`(select ${terms.id} from ${terms} where ${terms.slug} = ${slug})`;
}

/**
 * The conditions on news_listing_terms for a listing with at least one term filter and no search, or null when
 * the listing has neither. Such a listing reads the first term's rows in date order from one index (with the
 * type when filtered by type) and checks further terms by primary key, so that page 500 costs the index entries
 * before it and nothing of the items themselves.
 */
function listingTermConditions(filters: NewsFilters, useQuery: boolean): SQL[] | null {
  if (useQuery && filters.q) return null;
  const given = termFilters.filter((t) => filters[t.filter]);
  const [first, ...others] = given;
  if (!first) return null;
  const l = newsListingTerms;
  const conditions: SQL[] = [
    eq(l.kind, first.kind),
    sql`${l.termId} = ${termId(first.terms, filters[first.filter]!)}`,
    isNotNull(l.publishedAt),
    lte(l.publishedAt, sql`now()`),
  ];
  for (const other of others) {
    conditions.push(sql`exists (select 1 from ${newsListingTerms} o where o.kind = ${other.kind}
      and o.term_id = ${termId(other.terms, filters[other.filter]!)} and o.news_item_id = ${l.newsItemId})`);
  }
  if (filters.type) conditions.push(eq(l.type, filters.type));
  if (filters.from) conditions.push(gte(l.issuedOn, filters.from));
  if (filters.to) conditions.push(lte(l.issuedOn, filters.to));
  return conditions;
}

/** The number of matches, read no further than `limit + 1` rows (one more than the limit says "more"). */
export function countNewsQuery(db: Database, filters: NewsFilters, useQuery: boolean, limit: number) {
  const byTerm = listingTermConditions(filters, useQuery);
  const matches = byTerm
    ? db
        .select({ one: sql`1`.as('one') })
        .from(newsListingTerms)
        .where(and(...byTerm))
        .limit(limit + 1)
        .as('matches')
    : db
        .select({ one: sql`1`.as('one') })
        .from(newsItems)
        .where(and(...filterConditions(filters, useQuery)))
        .limit(limit + 1)
        .as('matches');
  return db.select({ n: sql<number>`count(*)::int` }).from(matches);
}

/** One page of ids: newest first, or for a search the newest RANKED_MATCHES matches best first, then the rest. */
export function pageIdsQuery(db: Database, filters: NewsFilters, useQuery: boolean, page: number, pageSize: number) {
  const offset = (page - 1) * pageSize;
  const byTerm = listingTermConditions(filters, useQuery);
  if (byTerm) {
    return db
      .select({ id: newsListingTerms.newsItemId })
      .from(newsListingTerms)
      .where(and(...byTerm))
      .orderBy(desc(newsListingTerms.issuedOn), desc(newsListingTerms.newsItemId))
      .limit(pageSize)
      .offset(offset);
  }
  const where = and(...filterConditions(filters, useQuery));
  if (!useQuery || !filters.q) {
    return db
      .select({ id: newsItems.id })
      .from(newsItems)
      .where(where)
      .orderBy(desc(newsItems.issuedOn), desc(newsItems.id))
      .limit(pageSize)
      .offset(offset);
  }
  const matches = db
    .select({
      id: newsItems.id,
      issuedOn: newsItems.issuedOn,
      age: sql<number>`row_number() over (order by ${newsItems.issuedOn} desc, ${newsItems.id} desc)`.as('age'),
    })
    .from(newsItems)
    .where(where)
    .as('matches');
  // The rank is computed (and the tsvector read) only for the newest matches; CASE does not evaluate the rest.
  const rank = sql`case when ${matches.age} <= ${RANKED_MATCHES}
    then (select ts_rank_cd(${newsItems.search}, ${tsQuery(filters.q)}) from ${newsItems} where ${newsItems.id} = ${matches.id}) end`;
  return db
    .select({ id: matches.id })
    .from(matches)
    .orderBy(sql`${matches.age} > ${RANKED_MATCHES}`, sql`${rank} desc nulls last`, desc(matches.issuedOn), desc(matches.id))
    .limit(pageSize)
    .offset(offset);
}

/**
 * Live items sharing the most fields of work and issuing structures with item `id`, newest first among equals.
 * Candidates come from the term tables' (term, item) indexes, the most recently added of each of the item's own
 * terms, so that the query reads a few hundred rows however many items there are.
 */
export function relatedNewsQuery(db: Database, id: number, limit: number) {
  const candidates = sql`(
    select c.news_item_id as id, count(*)::int as shared from (
      select f.news_item_id from ${newsItemFields} mine
      cross join lateral (
        select t.news_item_id from ${newsItemFields} t where t.field_id = mine.field_id and t.news_item_id <> ${id}
        order by t.news_item_id desc limit ${RELATED_CANDIDATES_PER_TERM}) f
      where mine.news_item_id = ${id}
      union all
      select s.news_item_id from ${newsItemStructures} mine
      cross join lateral (
        select t.news_item_id from ${newsItemStructures} t where t.structure_id = mine.structure_id and t.news_item_id <> ${id}
        order by t.news_item_id desc limit ${RELATED_CANDIDATES_PER_TERM}) s
      where mine.news_item_id = ${id}
    ) c group by c.news_item_id) as candidates`;
  const shared = sql<number>`candidates.shared`;
  return db
    .select({ id: newsItems.id, shared })
    .from(newsItems)
    .innerJoin(candidates, sql`candidates.id = ${newsItems.id}`)
    .where(isLive())
    .orderBy(desc(shared), desc(newsItems.issuedOn), desc(newsItems.id))
    .limit(limit);
}
