// What the benchmark requests, read from the grown database: one typical item for the cached runs, thousands of
// distinct item slugs, /news filter pairs deep enough for page 500, search words, and a word found in about a
// third of all items.
import postgres from 'postgres';
import { vocabulary } from './grow';

/** Items per /news page (NEWS_PAGE_SIZE in db/queries/news.ts, a server-only module). */
const NEWS_PAGE_SIZE = 20;
const DEEP_PAGE = 500;

export interface BenchSample {
  cachedItemSlug: string;
  fieldSlug: string;
  /** A live event and a live publication (from the demo content), for their cached pages. */
  eventSlug: string;
  publicationSlug: string;
  /** Distinct live item slugs in random order. */
  itemSlugs: string[];
  /** /news URLs with two filters on deep pages, distinct, shuffled; `page` is the page each asks for. */
  deepListings: { url: string; page: number }[];
  /** Search queries: single vocabulary words, then pairs of them, all distinct, shuffled. */
  searchQueries: string[];
  thirdWord: { word: string; matches: number; share: number };
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const LIVE = 'published_at is not null and published_at <= now()';

/** An item whose body has the median length of a fixed sample, so that each run measures the same kind of page. */
async function typicalItem(sql: postgres.Sql): Promise<string> {
  const [row] = await sql.unsafe<{ slug: string }[]>(`
    with s as (select slug, length(body::text) as len from news_items where ${LIVE} order by md5(id::text) limit 1000)
    select slug from s order by abs(len - (select percentile_cont(0.5) within group (order by len) from s)), slug limit 1`);
  if (!row) throw new Error('No live news items: grow the database first.');
  return row.slug;
}

async function busiestField(sql: postgres.Sql): Promise<string> {
  const [row] = await sql<{ slug: string }[]>`
    select f.slug from news_item_fields x join fields_of_work f on f.id = x.field_id
    group by f.slug order by count(*) desc, f.slug limit 1`;
  return row!.slug;
}

/** Two-filter /news URLs (a term and a type) on the deepest pages up to 500 that each pair has. */
async function deepListings(sql: postgres.Sql, wanted: number): Promise<BenchSample['deepListings']> {
  const pairs = await sql.unsafe<{ k: string; v: string; t: string; c: number }[]>(`
    select 'field' as k, f.slug as v, n.type::text as t, count(*)::int as c
      from news_item_fields x join fields_of_work f on f.id = x.field_id join news_items n on n.id = x.news_item_id
      where n.${LIVE} group by 1, 2, 3
    union all
    select 'structure', s.slug, n.type::text, count(*)::int
      from news_item_structures x join structures s on s.id = x.structure_id join news_items n on n.id = x.news_item_id
      where n.${LIVE} group by 1, 2, 3
    union all
    select 'country', c.slug, n.type::text, count(*)::int
      from news_item_countries x join countries c on c.id = x.country_id join news_items n on n.id = x.news_item_id
      where n.${LIVE} group by 1, 2, 3
    order by c desc`);
  const deepest = Math.min(DEEP_PAGE, Math.max(1, Math.floor((pairs[0]?.c ?? 0) / NEWS_PAGE_SIZE)));
  // Pairs reaching page 500 (or, on a small database, the deepest page there is) ask for the 250 pages up to it;
  // only when those are too few do the other pairs' deepest pages fill the list.
  const deep: BenchSample['deepListings'] = [];
  const shallow: BenchSample['deepListings'] = [];
  for (const pair of pairs) {
    const last = Math.max(1, Math.ceil(pair.c / NEWS_PAGE_SIZE));
    const top = Math.min(deepest, last);
    for (let page = top; page > Math.max(0, top - (top === deepest ? 250 : 100)); page -= 1) {
      (top === deepest ? deep : shallow).push({ url: `/news?${pair.k}=${pair.v}&type=${pair.t}&page=${page}`, page });
    }
  }
  return [...shuffle(deep), ...shuffle(shallow)].slice(0, wanted);
}

/** The vocabulary word whose share of a random sample of items is nearest to a third, counted on all items. */
async function thirdWord(sql: postgres.Sql): Promise<BenchSample['thirdWord']> {
  const words = vocabulary();
  await sql.unsafe(`create temp table bench_sample as
    select search from news_items where id in (select id from news_items where ${LIVE} order by random() limit 3000)`);
  const [sampled] = await sql<{ n: number }[]>`select count(*)::int as n from bench_sample`;
  const n = sampled?.n ?? 0;
  const lexemes = await sql<{ word: string; ndoc: number }[]>`
    select word, ndoc from ts_stat('select search from bench_sample') order by abs(ndoc - ${n / 3}) limit 100`;
  const spelled = await sql<{ w: string; lex: string }[]>`
    select w, to_tsvector('english', w)::text as lex from unnest(${words}::text[]) w`;
  const byLexeme = new Map(spelled.map((row) => [row.lex.replace(/^'(.*)':\d+$/, '$1'), row.w]));
  const match = lexemes.find((l) => byLexeme.has(l.word));
  const word = match ? byLexeme.get(match.word)! : 'security';
  const [counts] = await sql<{ matches: number; live: number }[]>`
    select count(*) filter (where search @@ websearch_to_tsquery('english', ${word}))::int as matches, count(*)::int as live
    from news_items where published_at is not null and published_at <= now()`;
  return { word, matches: counts!.matches, share: counts!.matches / Math.max(1, counts!.live) };
}

/** Single words from the whole vocabulary (rare ones included), then two-word queries, all distinct. */
function searchQueries(wanted: number): string[] {
  const words = shuffle(vocabulary().filter((w) => w.length > 3));
  const queries = [...words];
  for (let i = 0; queries.length < wanted; i += 1) queries.push(`${words[i % words.length]} ${words[(i * 7 + 13) % words.length]}`);
  return shuffle([...new Set(queries)]).slice(0, wanted);
}

/** The first live item of another kind's table (events, publications). */
async function liveSlug(sql: postgres.Sql, table: 'events' | 'publications'): Promise<string> {
  const [row] = await sql.unsafe<{ slug: string }[]>(`select slug from ${table} where ${LIVE} order by id limit 1`);
  if (!row) throw new Error(`The benchmark database has no live ${table}: prepare it with SEED_DEMO=1.`);
  return row.slug;
}

export async function sampleBenchData(url: string, sizes: { items: number; listings: number; searches: number }): Promise<BenchSample> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const itemSlugs = (await sql.unsafe<{ slug: string }[]>(`select slug from news_items where ${LIVE} order by random() limit ${Math.floor(sizes.items)}`)).map(
      (r) => r.slug,
    );
    return {
      cachedItemSlug: await typicalItem(sql),
      fieldSlug: await busiestField(sql),
      eventSlug: await liveSlug(sql, 'events'),
      publicationSlug: await liveSlug(sql, 'publications'),
      itemSlugs,
      deepListings: await deepListings(sql, sizes.listings),
      searchQueries: searchQueries(sizes.searches),
      thirdWord: await thirdWord(sql),
    };
  } finally {
    await sql.end();
  }
}
