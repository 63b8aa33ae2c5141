// Migrates the database before the server starts, and loads demo content into a new embedded database.
// Runs in its own process so that the embedded database is closed again before the server opens it.
import { sql } from 'drizzle-orm';
import { closeDb, getDb } from '../db/index';
import { runMigrations } from '../db/migrate';
import { seed } from '../db/seed/index';

async function main() {
  const db = getDb();
  await runMigrations(db);
  const embedded = !process.env.DATABASE_URL;
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from fields_of_work`).then((r) =>
    Array.isArray(r) ? r : (r as unknown as { rows: { n: number }[] }).rows,
  );
  const empty = (row?.n ?? 0) === 0;
  if (process.env.SEED_DEMO === '1' || (embedded && empty)) {
    const { newsInserted } = await seed(db);
    console.log(`Demo content loaded (${newsInserted} news items).`);
  }
}

main()
  .finally(() => closeDb())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
