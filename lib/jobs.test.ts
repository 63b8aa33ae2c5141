// The job queue on the test database (PGlite, or PostgreSQL where DATABASE_URL says so): a scheduled approval
// enqueues its publication in the same transaction, one worker of several takes it, and a failing job is retried.
import { sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows, type Database } from '@/db/index';
import { createWorkflowTestDatabase, type TestDatabase, type WorkflowCast } from '@/db/testing';
import { createItem, transitionItem } from '@/db/workflow/engine';
import { workflowKinds } from '@/db/workflow/kinds';
import { publishDueItems } from '@/db/workflow/publish';
import { createJobQueue, createQueues, jobNames, sendScheduledPublication } from './jobs';
import { plainTextToRichText } from './rich-text/normalize';

let testDb: TestDatabase & WorkflowCast;
let db: Database;
let boss: PgBoss;
let counter = 0;
const page = workflowKinds.page;

beforeAll(async () => {
  testDb = await createWorkflowTestDatabase();
  db = testDb.db;
  boss = createJobQueue(db, testDb.script);
  await boss.start();
  await createQueues(boss);
}, 120_000);

afterAll(async () => {
  await boss?.stop({ graceful: false, close: false, wait: true, timeout: 2000 });
  await testDb?.close();
});

const jobCount = async () =>
  Number((await selectRows<{ n: string }>(db, sql`select count(*) as n from pgboss.job where name = ${jobNames.publishDue}`))[0]!.n);

/** A page submitted for review, to be published at `publishAt`. */
async function submittedPage(publishAt: Date) {
  counter += 1;
  const input = { title: `Scheduled page ${counter}`, slug: `scheduled-page-${counter}-${Date.now()}`, parentId: 0, lead: 'A lead.', body: plainTextToRichText('Text.'), publishAt: publishAt.toISOString() };
  const created = await createItem(page, testDb.editor, input, db);
  if (created.status !== 'success') throw new Error(created.message);
  await transitionItem(page, testDb.editor, created.data.id, 'submit', { version: 1 }, db);
  return created.data.id;
}

const statusOf = async (id: number) => (await selectRows<{ status: string }>(db, sql`select status from pages where id = ${id}`))[0]!.status;

async function until(check: () => Promise<boolean>, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('scheduled publication through the job queue', () => {
  it('enqueues the job with the approval, or not at all when the approval fails', async () => {
    const before = await jobCount();
    const id = await submittedPage(new Date(Date.now() + 60_000));
    // The author cannot approve (four eyes): nothing is scheduled, and no job is left behind.
    const refused = await transitionItem(page, testDb.editor, id, 'approve', { version: 1, onScheduled: (tx, p) => sendScheduledPublication(boss, tx, p) }, db);
    expect(refused.status).toBe('forbidden');
    expect(await jobCount()).toBe(before);
    // A transaction that fails after sending takes its job with it.
    await expect(
      db.transaction(async (tx) => {
        await sendScheduledPublication(boss, tx, { kind: 'page', id, publishAt: new Date(Date.now() + 60_000) });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await jobCount()).toBe(before);
    const approved = await transitionItem(page, testDb.reviewer, id, 'approve', { version: 1, onScheduled: (tx, p) => sendScheduledPublication(boss, tx, p) }, db);
    expect(approved.status === 'success' && approved.data.status).toBe('scheduled');
    expect(await jobCount()).toBe(before + 1);
  });

  it('publishes at its time through exactly one of two workers, retrying a failed attempt', async () => {
    const second = createJobQueue(db, testDb.script);
    await second.start();
    const calls: string[] = [];
    let failOnce = true;
    const handler = (who: string) => async () => {
      calls.push(who);
      if (failOnce) {
        failOnce = false;
        throw new Error('the database was away');
      }
      await publishDueItems(undefined, db);
    };
    try {
      const id = await submittedPage(new Date(Date.now() + 1500));
      await transitionItem(page, testDb.reviewer, id, 'approve', { version: 1, onScheduled: (tx, p) => sendScheduledPublication(boss, tx, p) }, db);
      expect(await statusOf(id)).toBe('scheduled');
      await boss.work(jobNames.publishDue, { pollingIntervalSeconds: 0.5 }, handler('first'));
      await second.work(jobNames.publishDue, { pollingIntervalSeconds: 0.5 }, handler('second'));
      expect(await until(async () => (await statusOf(id)) === 'published')).toBe(true);
      // One failed attempt, then one that succeeded: two calls in all, never two at once for the same job.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(calls).toHaveLength(2);
    } finally {
      await boss.offWork(jobNames.publishDue);
      await second.stop({ graceful: false, close: false, wait: true, timeout: 2000 });
    }
  }, 60_000);
});
