import { closeDb, getDb, type Database } from '../index';
import { runMigrations } from '../migrate';
import { seedMedia } from './media';
import { seedNews } from './news';
import { seedTaxonomy } from './taxonomy';
import { PgliteLockedError } from '../pglite-lock.mjs';

// Fixed so that a second run has nothing to change.
const ABOUT_PAGES_PUBLISHED_AT = new Date('2021-01-01T09:00:00Z');

/** Loads the taxonomies, about pages, demo images and demo news. Idempotent: only missing rows are inserted. */
export async function seed(db: Database = getDb()): Promise<{ newsInserted: number }> {
  await seedTaxonomy(db, ABOUT_PAGES_PUBLISHED_AT);
  const imageIds = await seedMedia(db);
  const newsInserted = await seedNews(db, undefined, imageIds);
  return { newsInserted };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runMigrations()
    .then(() => seed())
    .then(({ newsInserted }) => console.log(`Seed complete (${newsInserted} news items added).`))
    .finally(() => closeDb())
    .catch((error: unknown) => {
      console.error(error instanceof PgliteLockedError ? error.message : error);
      process.exit(1);
    });
}
