// The one database client: postgres-js when DATABASE_URL is set, otherwise embedded PGlite under .data/.
// PGlite allows a single opener per data directory, so the client is created lazily (a build gets an empty one)
// and kept on globalThis so that every module graph in a process shares it, and a directory is opened only
// under its lock file (db/pglite-lock.mjs), which refuses a second process before it touches any file.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { SQLWrapper } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { acquirePgliteLock } from './pglite-lock.mjs';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction of the client. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Whatever a query may run on: the client, or a transaction in progress. */
export type Executor = Database | Transaction;

interface Connection {
  db: Database;
  close: () => Promise<void>;
  kind: 'postgres' | 'pglite';
  /** The PGlite instance itself, for what only it can do (dumping its data directory for a backup). */
  pglite?: PGlite;
  /** Runs a script of several statements without parameters (the job queue's own schema changes). */
  script: (text: string) => Promise<void>;
}

const globalKey = Symbol.for('osce-publishing.db');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Connection };

/** Where the embedded database lives; `memory://` keeps it in memory (tests). */
export function pgliteDataDir(): string {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}

/** The configured database: the PostgreSQL server at `url` when given, otherwise the embedded one in `dir`. */
export function openConnection(url = process.env.DATABASE_URL, dir = pgliteDataDir()): Connection {
  if (!url) return openPglite(dir);
  const client = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onnotice: () => {},
  });
  return {
    db: drizzlePostgres(client, { schema }) as unknown as Database,
    close: () => client.end({ timeout: 5 }),
    kind: 'postgres',
    // A script may hold its own transaction: it runs on a connection set aside for it.
    script: async (text) => {
      const reserved = await client.reserve();
      try {
        await reserved.unsafe(text).simple();
      } finally {
        reserved.release();
      }
    },
  };
}

/**
 * The embedded database in `dir` (`memory://`: in memory), whatever DATABASE_URL says. A directory is opened only
 * under its lock, taken before any of its files is touched; closing releases it.
 */
export function openPglite(dir: string): Connection {
  if (dir === 'memory://') {
    const client = new PGlite();
    return { db: drizzlePglite(client, { schema }) as unknown as Database, close: () => client.close(), kind: 'pglite', pglite: client, script: pgliteScript(client) };
  }
  const lock = acquirePgliteLock(dir);
  let client: PGlite;
  try {
    fs.mkdirSync(dir, { recursive: true });
    client = new PGlite(dir);
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    db: drizzlePglite(client, { schema }) as unknown as Database,
    close: () => client.close().finally(() => lock.release()),
    kind: 'pglite',
    pglite: client,
    script: pgliteScript(client),
  };
}

const pgliteScript = (client: PGlite) => async (text: string) => {
  await client.exec(text);
};

/**
 * The database a build renders against: an empty one in memory, with the schema of drizzle/. `next build`
 * prerenders the public pages that have no path parameters; their output is never served (the page cache,
 * lib/page-cache.mjs, keeps only what the running server renders), so the build needs no real database and
 * never competes with the embedded database's single opener.
 */
function buildPhaseConnection(): Connection {
  const migrations = readMigrationFiles({ migrationsFolder: path.join(process.cwd(), 'drizzle') });
  const connection = openPglite('memory://');
  // PGlite runs statements one at a time in the order they were issued, so every query waits for the schema.
  connection.pglite!.exec(migrations.flatMap((migration) => migration.sql).join(';\n')).catch((error: unknown) => {
    console.error('The build database could not be created:', error);
  });
  return connection;
}

function connection(): Connection {
  const g = globalThis as GlobalWithDb;
  g[globalKey] ??= process.env.NEXT_PHASE === 'phase-production-build' ? buildPhaseConnection() : openConnection();
  return g[globalKey];
}

/** Runs a script of several statements on the shared connection (see Connection.script). */
export function runScript(text: string): Promise<void> {
  return connection().script(text);
}

/** The shared client. Opens the connection on first use. */
export function getDb(): Database {
  return connection().db;
}

export async function closeDb(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const current = g[globalKey];
  g[globalKey] = undefined;
  await current?.close();
}

/** The rows of a raw query: postgres-js answers with the rows, PGlite with an object holding them. */
export async function selectRows<T>(db: Executor, query: SQLWrapper): Promise<T[]> {
  const result = await db.execute(query);
  return Array.isArray(result) ? (result as T[]) : (result as unknown as { rows: T[] }).rows;
}

export { schema };
