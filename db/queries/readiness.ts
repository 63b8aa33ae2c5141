import 'server-only';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { bigint, pgSchema } from 'drizzle-orm/pg-core';
import { getDb, type Database } from '../index';

export type Readiness = { ready: true } | { ready: false; reason: string };

const migrationsFolder = path.join(process.cwd(), 'drizzle');

/** Drizzle's own record of applied migrations, one row per migration, by the migration's folder time. */
const appliedMigrations = pgSchema('drizzle').table('__drizzle_migrations', { createdAt: bigint('created_at', { mode: 'number' }) });

/**
 * Whether this instance can serve: the database answers and holds every migration of this build. A load
 * balancer sends traffic only to ready instances, so an instance started before `db:migrate` ran waits.
 */
export async function checkReadiness(db: Database = getDb(), folder = migrationsFolder): Promise<Readiness> {
  const expected = readMigrationFiles({ migrationsFolder: folder });
  let applied: number[];
  try {
    applied = (await db.select({ createdAt: appliedMigrations.createdAt }).from(appliedMigrations)).map((row) => Number(row.createdAt));
  } catch (error) {
    const message = (error as Error).message;
    if (/__drizzle_migrations|schema "drizzle"/.test(message)) return { ready: false, reason: 'No migrations have been applied.' };
    return { ready: false, reason: `The database does not answer: ${message}` };
  }
  const missing = expected.filter((migration) => !applied.includes(migration.folderMillis)).length;
  if (missing > 0) return { ready: false, reason: `${missing} of ${expected.length} migrations have not been applied.` };
  return { ready: true };
}
