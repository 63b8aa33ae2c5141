// The public news queries whose plans matter at scale, with EXPLAIN of the very statements news.ts runs:
// used by the plan test (db/queries/news-plans.test.ts) and by `npm run bench:queries`.
import { desc, sql, type SQLWrapper } from 'drizzle-orm';
import { selectRows, type Database } from '@/db/index';
import { countNewsQuery, NEWS_COUNT_LIMIT, pageIdsQuery, relatedNewsQuery, withSearchPlans } from '@/db/queries/news-sql';
import { fieldsOfWork, newsItemFields, newsItems } from '@/db/schema';

export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

export interface NewsQueryCase {
  name: string;
  query: SQLWrapper;
  /** Run as listPublishedNews runs a search (withSearchPlans). */
  search?: boolean;
}

/** The cases, on the newest item and the field of work with the most items. */
export async function newsQueryCases(db: Database): Promise<NewsQueryCase[]> {
  const [item] = await db.select({ id: newsItems.id }).from(newsItems).orderBy(desc(newsItems.id)).limit(1);
  const [field] = await db
    .select({ slug: fieldsOfWork.slug })
    .from(newsItemFields)
    .innerJoin(fieldsOfWork, sql`${fieldsOfWork.id} = ${newsItemFields.fieldId}`)
    .groupBy(fieldsOfWork.slug)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  if (!item || !field) throw new Error('No news items to measure: seed and grow the database first.');
  const twoFilters = { field: field.slug, type: 'news_item' as const };
  const search = { q: 'water' };
  return [
    { name: 'related items', query: relatedNewsQuery(db, item.id, 3) },
    { name: 'listing count', query: countNewsQuery(db, {}, false, NEWS_COUNT_LIMIT) },
    { name: 'listing page 1', query: pageIdsQuery(db, {}, false, 1, 20) },
    { name: 'listing count, two filters', query: countNewsQuery(db, twoFilters, false, NEWS_COUNT_LIMIT) },
    { name: 'listing page 500, two filters', query: pageIdsQuery(db, twoFilters, false, 500, 20) },
    { name: 'search count ("water")', query: countNewsQuery(db, search, true, NEWS_COUNT_LIMIT), search: true },
    { name: 'search page 1 ("water")', query: pageIdsQuery(db, search, true, 1, 20), search: true },
  ];
}

/** PostgreSQL's plan of a query (EXPLAIN … FORMAT JSON), with its execution time when `analyze`. */
export async function explain(db: Database, query: SQLWrapper, analyze = false) {
  const options = analyze ? sql.raw('analyze, format json') : sql.raw('format json');
  const rows = await selectRows<Record<string, unknown>>(db, sql`explain (${options}) ${query}`);
  const raw = Object.values(rows[0]!)[0];
  const [top] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode; 'Execution Time'?: number }[];
  return { plan: top!.Plan, ms: top!['Execution Time'] };
}

export function explainCase(db: Database, { query, search }: NewsQueryCase, analyze = false) {
  return search ? withSearchPlans(db, (tx) => explain(tx, query, analyze)) : explain(db, query, analyze);
}

/** Every node of a plan, depth first. */
export function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error('Set DATABASE_URL to a grown PostgreSQL database (npm run bench:grow).');
    process.exit(1);
  }
  const { openConnection } = await import('@/db/index');
  const connection = openConnection(process.env.DATABASE_URL);
  try {
    const [live] = await connection.db.select({ n: sql<number>`count(*)::int` }).from(newsItems);
    console.log(`${live?.n.toLocaleString('en-GB')} news items; EXPLAIN ANALYZE, best of 5 runs:`);
    for (const c of await newsQueryCases(connection.db)) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) times.push((await explainCase(connection.db, c, true)).ms ?? NaN);
      const { plan } = await explainCase(connection.db, c);
      const scans = planNodes(plan).filter((n) => ['news_items', 'news_listing_terms'].includes(String(n['Relation Name']))).map((n) => `${n['Node Type']}${n['Index Name'] ? ` (${n['Index Name']})` : ''}`);
      console.log(`${c.name.padEnd(32)} ${Math.min(...times).toFixed(1).padStart(8)} ms  ${scans.join(', ')}`);
    }
  } finally {
    await connection.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
