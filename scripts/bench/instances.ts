// Two instances A and B of the site on one database, each read by 20 connections, as behind a load balancer: how
// soon a change made through A (an approval, an unpublication) or by the scheduler shows on B, and on A. Run once
// with the caches shared through Redis and once without (B then learns of A's changes from the change feed only).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import postgres from 'postgres';
import type { Browser } from '@playwright/test';
import { startServer } from './server-process.mjs';
import { backgroundReaders, createDraft, msUntil, msUntilVisible, nextActionResponse, signedInPage, waitForStatus } from './workspace';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface CrossInstanceResult {
  shared: 'redis' | 'database';
  /** Milliseconds from the approval's answer on A until each public URL shows the item, on B and on A. */
  approve: Record<string, number>;
  /** Milliseconds from the unpublication's answer on A until the item page answers 404, on B and on A. */
  unpublish: Record<string, number>;
  /** Milliseconds from the item's publication time until its page shows it, on B and on A. */
  scheduled: Record<string, number>;
  readers: { a: number; b: number };
}

function step(text: string) {
  console.log(`  ${new Date().toISOString().slice(11, 19)} ${text}`);
}

const LIMIT_MS = 30_000;

/**
 * Starts A and B (ports `port` and `port + 1`) on `databaseUrl`, with Redis at `redisUrl` or without, loads both,
 * and times the three changes. `readerPaths` are the public paths the readers cycle through.
 */
export async function crossInstanceVisibility(
  browser: Browser,
  databaseUrl: string,
  port: number,
  redisUrl: string | null,
  readerPaths: string[],
): Promise<CrossInstanceResult> {
  const env: Record<string, string> = {
    AUTH_SECRET: randomBytes(32).toString('base64'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    SCHEDULER_DISABLED: '0',
    ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_PREFIX: `bench-${Date.now().toString(36)}:` } : { MULTI_INSTANCE: '1' }),
  };
  step(`starting instances A (${port}) and B (${port + 1})${redisUrl ? ' with Redis' : ' without Redis'}`);
  const a = await startServer(root, port, { databaseUrl, env });
  const servers = [a];
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let readersRps = { a: NaN, b: NaN };
  try {
    servers.push(await startServer(root, port + 1, { databaseUrl, env }));
    const baseA = `http://localhost:${port}`;
    const baseB = `http://localhost:${port + 1}`;
    const readersA = backgroundReaders(baseA, 20, readerPaths);
    const readersB = backgroundReaders(baseB, 20, readerPaths);
    let result: Omit<CrossInstanceResult, 'readers'>;
    const both = (pathname: string) => ({ B: `${baseB}${pathname}`, A: `${baseA}${pathname}` });
    try {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const editor = await signedInPage(browser, baseA, 'editor@example.org');
      const reviewer = await signedInPage(browser, baseA, 'reviewer@example.org');

      // Approval on A.
      const title = `Across instances ${Date.now().toString(36)}`;
      const { url, slug } = await createDraft(editor, title);
      await editor.getByRole('button', { name: 'Submit for review' }).click();
      await waitForStatus(editor, 'In review');
      // B caches the pages the approval changes before it happens, so that a stale copy would show.
      for (const p of ['/news', '/', '/feed.xml']) await fetch(`${baseB}${p}`);
      await reviewer.goto(url);
      step('approving on A');
      let answer = nextActionResponse(reviewer);
      await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
      await answer;
      let since = performance.now();
      const targets = { item: `/news/${slug}`, news: '/news', home: '/', feed: '/feed.xml' };
      const approveEntries = Object.entries(targets).flatMap(([name, p]) => Object.entries(both(p)).map(([instance, u]) => [`${name} on ${instance}`, u] as const));
      const approveTimes = await Promise.all(approveEntries.map(([, u]) => msUntilVisible(u, title, since, LIMIT_MS)));
      const approve = Object.fromEntries(approveEntries.map(([name], i) => [name, approveTimes[i]!]));
      await waitForStatus(reviewer, 'Published');

      // Unpublication on A.
      step('unpublishing on A');
      answer = nextActionResponse(reviewer);
      await reviewer.getByRole('button', { name: 'Unpublish' }).click();
      await answer;
      since = performance.now();
      const gone = Object.entries(both(`/news/${slug}`));
      const goneTimes = await Promise.all(gone.map(([, u]) => msUntil(u, (status) => status === 404, since, LIMIT_MS)));
      const unpublish = Object.fromEntries(gone.map(([instance], i) => [`item on ${instance}`, goneTimes[i]!]));

      // A scheduled publication: approved for a far date, then brought forward to a few seconds from now, as an
      // operator might; whichever instance's scheduler claims it, both must show it.
      step('scheduling');
      const later = `Scheduled across instances ${Date.now().toString(36)}`;
      const scheduledDraft = await createDraft(editor, later, '2030-01-01T09:00');
      await editor.getByRole('button', { name: 'Submit for review' }).click();
      await waitForStatus(editor, 'In review');
      await reviewer.goto(scheduledDraft.url);
      await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
      await waitForStatus(reviewer, 'Scheduled');
      const [row] = await sql<{ ms: number }[]>`
        update news_items set publish_at = now() + interval '4 seconds'
        where slug = ${scheduledDraft.slug} and status = 'scheduled'
        returning extract(epoch from publish_at) * 1000 as ms`;
      if (!row) throw new Error('The scheduled item was not found');
      // performance.now() at the publication time, from the wall clock the database shares with this process.
      const due = performance.now() + (Number(row.ms) - Date.now());
      const scheduledEntries = Object.entries(both(`/news/${scheduledDraft.slug}`));
      const scheduledTimes = await Promise.all(scheduledEntries.map(([, u]) => msUntilVisible(u, later, due, LIMIT_MS + 4000)));
      const scheduled = Object.fromEntries(scheduledEntries.map(([instance], i) => [`item on ${instance}`, scheduledTimes[i]!]));
      await editor.context().close();
      await reviewer.context().close();
      result = { shared: redisUrl ? 'redis' : 'database', approve, unpublish, scheduled };
    } finally {
      const [ra, rb] = await Promise.all([readersA.stop(), readersB.stop()]);
      step(`readers: A ${ra.rps.toFixed(0)} req/s, B ${rb.rps.toFixed(0)} req/s`);
      readersRps = { a: ra.rps, b: rb.rps };
    }
    return { ...result, readers: readersRps };
  } finally {
    await sql.end();
    for (const server of servers.reverse()) await server.stop();
  }
}
