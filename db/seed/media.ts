import { inArray } from 'drizzle-orm';
import type { Database } from '../index';
import { createMedia } from '../queries/media';
import { media } from '../schema';
import { demoImages } from './data/images';
import { drawDemoImage } from './images';

// The seed acts as an editor with no account (id 0); createMedia records no uploader for it.
const seedActor = { id: 0, name: 'Demo content', roles: ['editor' as const] };
const fileName = (key: string) => `demo-${key}.png`;

/** Draws and stores the demo images that are missing; returns their media ids in `demoImages` order. */
export async function seedMedia(db: Database): Promise<number[]> {
  const names = demoImages.map((image) => fileName(image.key));
  const existing = await db.select({ id: media.id, originalName: media.originalName }).from(media).where(inArray(media.originalName, names));
  const ids = new Map(existing.map((row) => [row.originalName, row.id]));
  for (const image of demoImages) {
    if (ids.has(fileName(image.key))) continue;
    const bytes = await drawDemoImage(image);
    // Demo images always go to the database, whatever store is configured for uploads.
    const created = await createMedia(
      seedActor,
      { alt: image.alt, caption: image.caption, credit: 'Illustration: demo content', bytes, originalName: fileName(image.key) },
      db,
      null,
    );
    ids.set(fileName(image.key), created.id);
  }
  return names.map((name) => ids.get(name)!);
}
