import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { closeDb, getDb } from './index';
import { PgliteLockedError } from './pglite-lock.mjs';

const migrationsFolder = path.join(import.meta.dirname, '..', 'drizzle');

/** Applies the SQL migrations in drizzle/ to the configured database. */
export async function runMigrations(
  db = getDb(),
  kind: 'postgres' | 'pglite' = process.env.DATABASE_URL ? 'postgres' : 'pglite',
  /** Another folder of migrations (a test applies the first few, to check a later one converts old data). */
  folder = migrationsFolder,
): Promise<void> {
  if (kind === 'postgres') {
    await migratePostgres(db as unknown as PostgresJsDatabase, { migrationsFolder: folder });
  } else {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder: folder });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runMigrations()
    .then(() => console.log('Migrations applied.'))
    .finally(() => closeDb())
    .catch((error: unknown) => {
      console.error(error instanceof PgliteLockedError ? error.message : error);
      process.exit(1);
    });
}
