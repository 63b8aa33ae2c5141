import { closeDb, getDb, type Database } from '../index';
import { runMigrations } from '../migrate';
import { seedEvents } from './events';
import { seedMedia } from './media';
import { seedNews } from './news';
import { seedPublications } from './publications';
import { seedTaxonomy } from './taxonomy';
import { PgliteLockedError } from '../pglite-lock.mjs';

// Fixed so that a second run has nothing to change.
const ABOUT_PAGES_PUBLISHED_AT = new Date('2021-01-01T09:00:00Z');

/**
 * Loads the taxonomies, about pages, demo images, news, publications (with their PDFs) and events. Idempotent:
 * only missing rows are inserted.
 */
export async function seed(db: Database = getDb()): Promise<{ newsInserted: number; publicationsInserted: number; eventsInserted: number }> {
  await seedTaxonomy(db, ABOUT_PAGES_PUBLISHED_AT);
  const imageIds = await seedMedia(db);
  const newsInserted = await seedNews(db, undefined, imageIds);
  const publicationsInserted = await seedPublications(db);
  const eventsInserted = await seedEvents(db);
  return { newsInserted, publicationsInserted, eventsInserted };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runMigrations()
    .then(() => seed())
    .then(({ newsInserted, publicationsInserted, eventsInserted }) =>
      console.log(`Seed complete (${newsInserted} news items, ${publicationsInserted} publications and ${eventsInserted} events added).`),
    )
    .finally(() => closeDb())
    .catch((error: unknown) => {
      console.error(error instanceof PgliteLockedError ? error.message : error);
      process.exit(1);
    });
}
