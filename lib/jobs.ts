import 'server-only';
// Background jobs through pg-boss, a job queue kept in PostgreSQL: a job is taken by one worker of one process
// (row locks with SKIP LOCKED), retried when it fails, and enqueued in the same transaction as the change that
// asks for it. pg-boss speaks to the database through the app's own connection (`executor` below), so the
// embedded PGlite serves it as well as a PostgreSQL server. Its tables live in the `pgboss` schema, which it
// creates and migrates itself under an advisory lock.
import PgBoss from 'pg-boss';
import { sql, type SQL } from 'drizzle-orm';
import { getDb, runScript, selectRows, type Database, type Executor } from '@/db/index';
import type { ContentKind } from './content-kinds';

export const jobNames = {
  /** Publish what is due: sent for each scheduled approval, to start at its time. */
  publishDue: 'publish-due',
  /** The same work once a minute, for items scheduled without a job (by SQL, or by an older release). */
  publishDueSweep: 'publish-due-sweep',
} as const;

/** pg-boss's SQL (text with $n placeholders) as a Drizzle query, so that it runs on the client or a transaction. */
export function toSql(text: string, values: readonly unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  // sql.param keeps an array one parameter (a bare array would become a list of them); an object is JSON (job
  // data, queue options), which the postgres driver does not write by itself.
  // Left-out options arrive as undefined, which the postgres driver refuses: they are null.
  const value = (v: unknown) => (v === undefined ? null : v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? JSON.stringify(v) : v);
  return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql.param(value(values[Number(part) - 1])))));
}

/** pg-boss sends its schema changes as one script of several statements, without parameters. */
const isScript = (text: string) => text.trim().replace(/;+$/, '').includes(';');

/** pg-boss's database interface on a Drizzle client or transaction; a script of several statements goes to `script`. */
export function executor(db: Executor, script?: (text: string) => Promise<void>) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (values.length === 0 && script && isScript(text)) {
        await script(text);
        return { rows: [] };
      }
      return { rows: await selectRows(db, toSql(text, values)) };
    },
  };
}

/** A queue on `db`; started by the caller. */
export function createJobQueue(db: Database, script: (text: string) => Promise<void>): PgBoss {
  return new PgBoss({
    db: executor(db, script),
    schema: 'pgboss',
    // Finished jobs are kept a week for inspection, then dropped.
    deleteAfterDays: 7,
  });
}

const queueKey = Symbol.for('osce-publishing.job-queue');
type GlobalWithQueue = typeof globalThis & { [queueKey]?: Promise<PgBoss> };

/** This process's queue on the shared connection, started (schema migrated, queues created) on first use. */
export function jobQueue(): Promise<PgBoss> {
  const g = globalThis as GlobalWithQueue;
  g[queueKey] ??= (async () => {
    const boss = createJobQueue(getDb(), runScript);
    boss.on('error', (error: unknown) => console.error('Job queue error', error));
    await boss.start();
    await createQueues(boss);
    return boss;
  })();
  return g[queueKey];
}

export async function createQueues(boss: PgBoss) {
  for (const name of Object.values(jobNames)) {
    // Each publication job is tried again with growing delays if the database refuses it for a while.
    await boss.createQueue(name, { name, retryLimit: 10, retryDelay: 1, retryBackoff: true, expireInSeconds: 300 });
  }
}

export interface ScheduledPublication {
  kind: ContentKind;
  id: number;
  publishAt: Date;
}

/**
 * Enqueues the publication of a scheduled approval, in the transaction `tx` that makes the approval: both happen
 * or neither. One job per item and time (a repeated send is ignored).
 */
export async function sendScheduledPublication(boss: PgBoss, tx: Executor, { kind, id, publishAt }: ScheduledPublication) {
  await boss.send(jobNames.publishDue, { kind, id }, {
    startAfter: publishAt,
    singletonKey: `${kind}:${id}:${publishAt.toISOString()}`,
    db: executor(tx),
  });
}
