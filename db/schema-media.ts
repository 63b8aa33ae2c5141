import { sql, type SQL } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea, timestamps, tsvector } from './columns';
// Only read inside the lazy foreign-key callback, so the import cycle with schema.ts is harmless.
import { users } from './schema';

/**
 * An image in the media library. Its alt text, caption and credit are the defaults for every use.
 * The renditions live in `media_files`.
 */
export const media = pgTable(
  'media',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    alt: text('alt').notNull(),
    caption: text('caption').notNull().default(''),
    credit: text('credit').notNull().default(''),
    originalName: text('original_name').notNull().default(''),
    /** Size of the upright, re-encoded original. */
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('simple', ${media.alt}), 'A') || setweight(to_tsvector('simple', ${media.caption}), 'B') || setweight(to_tsvector('simple', ${media.credit} || ' ' || ${media.originalName}), 'C')`,
      ),
    ...timestamps,
  },
  (t) => [index('media_search_idx').using('gin', t.search), index('media_created_idx').on(t.createdAt.desc(), t.id.desc())],
);

/**
 * One rendition of a media item, named by the hash of its bytes. `data` holds the bytes when the
 * database is the store; it is null when they live in the S3-compatible store.
 */
export const mediaFiles = pgTable(
  'media_files',
  {
    key: text('key').primaryKey(),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    /** 'web' renditions make the srcset; the 'share' rendition is a JPEG for Open Graph and feeds. */
    purpose: text('purpose').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    data: bytea('data'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('media_files_media_idx').on(t.mediaId, t.width)],
);

export type Media = typeof media.$inferSelect;
export type MediaFile = typeof mediaFiles.$inferSelect;
