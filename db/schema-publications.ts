// Publications (documents): a kind of content on the editorial engine (db/workflow/publication.ts), and the PDF
// files they offer for download.
import { sql, type SQL } from 'drizzle-orm';
import { date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { documentLanguages, publicationTypes } from '../lib/enums';
import { bytea, tsvector } from './columns';
import { revisionColumns, workflowColumns } from './schema-content';
// Only read inside lazy foreign-key callbacks, so the import cycle with schema.ts is harmless.
import { media, users } from './schema';

export const publicationType = pgEnum('publication_type', publicationTypes);
export const documentLanguage = pgEnum('document_language', documentLanguages);

/** What a publication's form holds, shared by the live row and its revisions. Ids are arrays in the editor's order. */
const publicationContent = () => ({
  slug: text('slug').notNull(),
  title: text('title').notNull(),
  type: publicationType('type').notNull(),
  publishedOn: date('published_on', { mode: 'string' }).notNull(),
  summary: text('summary').notNull().default(''),
  language: documentLanguage('language').notNull().default('en'),
  coverId: integer('cover_id').references((): AnyPgColumn => media.id, { onDelete: 'restrict' }),
  fileIds: integer('file_ids').array().notNull().default(sql`'{}'`),
  structureIds: integer('structure_ids').array().notNull().default(sql`'{}'`),
  fieldIds: integer('field_ids').array().notNull().default(sql`'{}'`),
  countryIds: integer('country_ids').array().notNull().default(sql`'{}'`),
});

export const publications = pgTable(
  'publications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ...publicationContent(),
    slug: text('slug').notNull().unique(),
    ...workflowColumns(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`setweight(to_tsvector('english', ${publications.title}), 'A') || setweight(to_tsvector('english', ${publications.summary}), 'B')`,
      ),
  },
  (t) => [
    index('publications_public_order_idx').on(t.publishedOn.desc(), t.id.desc()).where(sql`${t.publishedAt} is not null`),
    index('publications_structures_idx').using('gin', t.structureIds),
    index('publications_fields_idx').using('gin', t.fieldIds),
    index('publications_countries_idx').using('gin', t.countryIds),
    index('publications_search_idx').using('gin', t.search),
    index('publications_scheduled_idx').on(t.publishAt).where(sql`${t.status} = 'scheduled'`),
  ],
);

/** Every save of a publication's working copy. */
export const publicationRevisions = pgTable(
  'publication_revisions',
  {
    ...revisionColumns(),
    publicationId: integer('publication_id')
      .notNull()
      .references(() => publications.id, { onDelete: 'cascade' }),
    ...publicationContent(),
  },
  (t) => [uniqueIndex('publication_revisions_item_number_idx').on(t.publicationId, t.number)],
);

/**
 * An uploaded PDF, checked by its bytes (lib/pdf/inspect.ts). Its text is kept for search. Files are never changed:
 * a new version is a new upload, so a download's address (by `key`, the hash of the bytes) can be cached for good.
 */
export const documentFiles = pgTable(
  'document_files',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    key: text('key').notNull().unique(),
    /** The name it was uploaded under, cleaned; the download offers it. */
    name: text('name').notNull(),
    size: integer('size').notNull(),
    pages: integer('pages').notNull(),
    title: text('title').notNull().default(''),
    text: text('text').notNull().default(''),
    data: bytea('data').notNull(),
    /** The image of its first page in the media library, offered as the publication's cover. */
    coverId: integer('cover_id').references((): AnyPgColumn => media.id, { onDelete: 'set null' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`to_tsvector('english', left(${documentFiles.text}, 500000))`),
  },
  (t) => [index('document_files_search_idx').using('gin', t.search)],
);
