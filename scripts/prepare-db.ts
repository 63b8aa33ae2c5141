// Migrates the database before the server starts, and loads demo content and the demo accounts into a new
// embedded database (on any database, SEED_DEMO=1 asks for the content and SEED_DEMO_USERS=1 for the
// accounts). Runs in its own process so that the embedded database is closed before the server opens it.
// On a PostgreSQL server several instances may start at once: they take turns under an advisory lock.
import { inArray, sql } from 'drizzle-orm';
import { PREPARE_DATABASE_LOCK, withAdvisoryLock } from '../db/advisory-lock';
import { closeDb, getDb, selectRows, type Database } from '../db/index';
import { users } from '../db/schema';
import { runMigrations } from '../db/migrate';
import { seed } from '../db/seed/index';
import { DEMO_PASSWORD, demoUsers, seedDemoUsers } from '../db/seed/users';
import { PgliteLockedError } from '../db/pglite-lock.mjs';

async function main() {
  const url = process.env.DATABASE_URL;
  // The embedded database has one opener at a time already (its lock file), so it needs no turn-taking.
  if (!url) return prepare();
  await withAdvisoryLock(url, PREPARE_DATABASE_LOCK, prepare, () =>
    console.log('Another instance is preparing the database; waiting for it to finish…'),
  );
}

async function prepare() {
  const db = getDb();
  await runMigrations(db);
  const embedded = !process.env.DATABASE_URL;
  const [row] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from fields_of_work`);
  const empty = (row?.n ?? 0) === 0;
  if (process.env.SEED_DEMO === '1' || (embedded && empty)) {
    const { newsInserted } = await seed(db);
    console.log(`Demo content loaded (${newsInserted} news items).`);
  }
  if (process.env.SEED_DEMO_USERS === '1' || (embedded && empty)) {
    const created = await seedDemoUsers(db);
    if (created > 0) console.log(`Demo accounts created (${created}).`);
  }
  if (embedded) await printDemoAccounts(db);
}

/** On the embedded database, lists the demo accounts that exist so that a first visitor can sign in. */
async function printDemoAccounts(db: Database) {
  const emails = demoUsers.map((u) => u.email);
  const rows = await db.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  const present = new Set(rows.map((r) => r.email));
  const accounts = demoUsers.filter((u) => present.has(u.email));
  if (accounts.length === 0) return;
  console.log(`\nDemo accounts for the workspace at /editor (password: ${DEMO_PASSWORD}):`);
  for (const u of accounts) console.log(`  ${u.email.padEnd(24)} ${u.roles.join(', ')}`);
}

main()
  .finally(() => closeDb())
  .catch((error: unknown) => {
    console.error(error instanceof PgliteLockedError ? error.message : error);
    process.exit(1);
  });
