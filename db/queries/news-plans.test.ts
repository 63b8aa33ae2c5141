// At scale the public news queries must read indexes, never every item: grows a database to 20,000 items and
// reads PostgreSQL's plan of the statements news.ts runs. PostgreSQL only (PGlite's planner has no such data).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainCase, newsQueryCases, planNodes, type NewsQueryCase } from '@/scripts/bench/news-queries';
import { growNews } from '@/scripts/bench/grow';
import { seed } from '../seed/index';
import { createTestDatabase, type TestDatabase } from '../testing';

describe.skipIf(!process.env.DATABASE_URL)('news query plans at 20,000 items', () => {
  let test: TestDatabase;
  let cases: NewsQueryCase[];

  beforeAll(async () => {
    test = await createTestDatabase();
    await seed(test.db);
    await growNews(test.db, 20_000);
    await test.db.execute(sql`analyze`);
    cases = await newsQueryCases(test.db);
  }, 120_000);

  afterAll(async () => {
    await test?.close();
  });

  it('reads no query with a sequential scan of news_items or news_listing_terms', async () => {
    expect(cases.map((c) => c.name)).toHaveLength(7);
    for (const c of cases) {
      const { plan } = await explainCase(test.db, c);
      // Listings filtered by a term read their copy of the items' dates in news_listing_terms instead.
      const scans = planNodes(plan).filter((node) => ['news_items', 'news_listing_terms'].includes(String(node['Relation Name'])));
      expect(scans.length, c.name).toBeGreaterThan(0);
      expect(scans.map((node) => node['Node Type']), c.name).not.toContain('Seq Scan');
    }
  });
});
