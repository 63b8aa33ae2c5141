import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { auditActions, auditEntityTypes } from '../lib/audit';
import { countryGroups, newsTypes, structureKinds, taxonomyKinds } from '../lib/enums';
import { roles } from '../lib/permissions';
import { richText, timestamps, tsvector, xid8 } from './columns';
import { workflowColumns, workflowStatus } from './schema-content';
import { media } from './schema-media';

// The media library's tables live in schema-media.ts, sessions and sign-in limits in schema-auth.ts, the
// comment threads and old slugs of every kind of content in schema-content.ts; they are part of this schema.
export * from './schema-auth';
export * from './schema-content';
export * from './schema-events';
export * from './schema-media';
export * from './schema-publications';

export const countryGroup = pgEnum('country_group', countryGroups);

export const structureKind = pgEnum('structure_kind', structureKinds);

export const userRole = pgEnum('user_role', roles);

export const newsType = pgEnum('news_type', newsTypes);



export const auditEntityType = pgEnum('audit_entity_type', auditEntityTypes);
export const auditAction = pgEnum('audit_action', auditActions);

export const users = pgTable('users', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  roles: userRole('roles').array().notNull().default(sql`'{}'`),
  disabled: boolean('disabled').notNull().default(false),
  /** Bumped when a user is disabled, loses a role or changes password: older sessions stop working at once. */
  sessionVersion: integer('session_version').notNull().default(1),
  ...timestamps,
});

export const fieldsOfWork = pgTable('fields_of_work', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  ...timestamps,
});

export const countries = pgTable('countries', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  group: countryGroup('group').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  ...timestamps,
});

export const structures = pgTable(
  'structures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: structureKind('kind').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => structures.id, { onDelete: 'restrict' }),
    countryId: integer('country_id').references(() => countries.id, { onDelete: 'set null' }),
    headTitle: text('head_title'),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('structures_parent_idx').on(t.parentId), index('structures_country_idx').on(t.countryId)],
);

export const meetingSeries = pgTable('meeting_series', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  ...timestamps,
});

/**
 * Basic ("about") pages. The columns hold the live version; `publishedAt` null means not public.
 */
export const pages = pgTable(
  'pages',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    parentId: integer('parent_id').references((): AnyPgColumn => pages.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    lead: text('lead').notNull().default(''),
    body: richText('body'),
    position: integer('position').notNull().default(0),
    status: workflowStatus('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Number of the latest revision (the working copy). */
    version: integer('version').notNull().default(1),
    /** Revision number that the live columns hold; null while never published. */
    publishedRevision: integer('published_revision'),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', ${pages.title}), 'A') || setweight(to_tsvector('english', ${pages.lead}), 'B') || setweight(to_tsvector('english', rich_text_plain(${pages.body})), 'C')`,
      ),
    ...timestamps,
  },
  (t) => [
    index('pages_parent_idx').on(t.parentId),
    index('pages_search_idx').using('gin', t.search),
    index('pages_scheduled_idx').on(t.publishAt).where(sql`${t.status} = 'scheduled'`),
  ],
);

/** Every save of a basic page's working copy. */
export const pageRevisions = pgTable(
  'page_revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pageId: integer('page_id')
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    slug: text('slug').notNull(),
    parentId: integer('parent_id'),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: richText('body'),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('page_revisions_page_number_idx').on(t.pageId, t.number)],
);

/**
 * A news item. Its content columns hold the live (approved) version that the public site reads;
 * the working copy lives in `news_revisions`, so editing never changes what is public.
 * `publishedAt` null means not public; a future `publishedAt` is guarded at read time.
 */
export const newsItems = pgTable(
  'news_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    type: newsType('type').notNull().default('news_item'),
    title: text('title').notNull(),
    lead: text('lead').notNull().default(''),
    body: richText('body'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** The lead image ("Image"). */
    imageId: integer('image_id').references((): AnyPgColumn => media.id, { onDelete: 'restrict' }),
    ...workflowColumns(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', ${newsItems.title}), 'A') || setweight(to_tsvector('english', ${newsItems.lead}), 'B') || setweight(to_tsvector('english', rich_text_plain(${newsItems.body})), 'C')`,
      ),
  },
  // The listing indexes end with published_at so that the "live" test (published_at <= now()) is answered from the
  // index itself: listings, counts and deep pages then read index entries only, never the rows. NULLS FIRST
  // matches `order by … desc` (the columns are never null, but PostgreSQL only uses an index of the same order).
  (t) => [
    index('news_items_public_order_idx')
      .on(t.issuedOn.desc().nullsFirst(), t.id.desc().nullsFirst(), t.publishedAt)
      .where(sql`${t.publishedAt} is not null`),
    index('news_items_type_order_idx')
      .on(t.type, t.issuedOn.desc().nullsFirst(), t.id.desc().nullsFirst(), t.publishedAt)
      .where(sql`${t.publishedAt} is not null`),
    index('news_items_search_idx').using('gin', t.search).where(sql`${t.publishedAt} is not null`),
    // The scheduler asks every second what is due: a few rows, never a scan.
    index('news_items_scheduled_idx').on(t.publishAt).where(sql`${t.status} = 'scheduled'`),
  ],
);

/** Every save of a news item's working copy. Term lists are kept as id arrays, as they were saved. */
export const newsRevisions = pgTable(
  'news_revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    newsItemId: integer('news_item_id')
      .notNull()
      .references(() => newsItems.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    slug: text('slug').notNull(),
    type: newsType('type').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: richText('body'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    imageId: integer('image_id').references((): AnyPgColumn => media.id, { onDelete: 'restrict' }),
    structureIds: integer('structure_ids').array().notNull().default(sql`'{}'`),
    fieldIds: integer('field_ids').array().notNull().default(sql`'{}'`),
    countryIds: integer('country_ids').array().notNull().default(sql`'{}'`),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('news_revisions_item_number_idx').on(t.newsItemId, t.number)],
);

/**
 * Append-only record of every workflow transition (a database trigger refuses updates and deletes).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    entityType: auditEntityType('entity_type').notNull(),
    entityId: integer('entity_id').notNull(),
    action: auditAction('action').notNull(),
    fromStatus: workflowStatus('from_status'),
    toStatus: workflowStatus('to_status'),
    revision: integer('revision'),
    comment: text('comment'),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The writing transaction's id. Ids of entries are taken at insert, not in commit order; the change feed
     * (db/queries/change-feed.ts) reads by transaction instead, so that an entry committed late is never skipped.
     */
    tx: xid8('tx')
      .notNull()
      .default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_created_idx').on(t.createdAt.desc()),
    index('audit_log_tx_idx').on(t.tx),
  ],
);


export const taxonomyKind = pgEnum('taxonomy_kind', taxonomyKinds);

/** Slugs a taxonomy term had before; its old address redirects (301) to the current one. */
export const taxonomySlugRedirects = pgTable(
  'taxonomy_slug_redirects',
  {
    kind: taxonomyKind('kind').notNull(),
    slug: text('slug').notNull(),
    termId: integer('term_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.slug] })],
);


// The live term assignments of a news item (copied from the approved revision).
export const newsItemStructures = pgTable(
  'news_item_structures',
  {
    newsItemId: integer('news_item_id')
      .notNull()
      .references(() => newsItems.id, { onDelete: 'cascade' }),
    structureId: integer('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.newsItemId, t.structureId] }),
    index('news_item_structures_term_idx').on(t.structureId, t.newsItemId),
  ],
);

export const newsItemFields = pgTable(
  'news_item_fields',
  {
    newsItemId: integer('news_item_id')
      .notNull()
      .references(() => newsItems.id, { onDelete: 'cascade' }),
    fieldId: integer('field_id')
      .notNull()
      .references(() => fieldsOfWork.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.newsItemId, t.fieldId] }),
    index('news_item_fields_term_idx').on(t.fieldId, t.newsItemId),
  ],
);

export const newsItemCountries = pgTable(
  'news_item_countries',
  {
    newsItemId: integer('news_item_id')
      .notNull()
      .references(() => newsItems.id, { onDelete: 'cascade' }),
    countryId: integer('country_id')
      .notNull()
      .references(() => countries.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.newsItemId, t.countryId] }),
    index('news_item_countries_term_idx').on(t.countryId, t.newsItemId),
  ],
);

/**
 * The term assignments of every item again, each with the item's type, date and publication time: a copy kept by
 * triggers (migration 0009), so that a listing filtered by a term (and a type) reads one index in date order and
 * pages deep into it without touching the items. Rows exist for fields of work, countries and structures.
 */
export const newsListingTerms = pgTable(
  'news_listing_terms',
  {
    kind: taxonomyKind('kind').notNull(),
    termId: integer('term_id').notNull(),
    newsItemId: integer('news_item_id')
      .notNull()
      .references(() => newsItems.id, { onDelete: 'cascade' }),
    type: newsType('type').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.termId, t.newsItemId] }),
    index('news_listing_terms_order_idx')
      .on(t.kind, t.termId, t.issuedOn.desc().nullsFirst(), t.newsItemId.desc().nullsFirst(), t.publishedAt, t.type)
      .where(sql`${t.publishedAt} is not null`),
    index('news_listing_terms_type_order_idx')
      .on(t.kind, t.termId, t.type, t.issuedOn.desc().nullsFirst(), t.newsItemId.desc().nullsFirst(), t.publishedAt)
      .where(sql`${t.publishedAt} is not null`),
    index('news_listing_terms_item_idx').on(t.newsItemId),
  ],
);

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
export type WorkflowStatus = (typeof workflowStatus.enumValues)[number];
export type AuditEntry = typeof auditLog.$inferSelect;
export type FieldOfWork = typeof fieldsOfWork.$inferSelect;
export type Country = typeof countries.$inferSelect;
export type Structure = typeof structures.$inferSelect;
export type MeetingSeries = typeof meetingSeries.$inferSelect;
export type Page = typeof pages.$inferSelect;
export type PageRevision = typeof pageRevisions.$inferSelect;
export type NewsItem = typeof newsItems.$inferSelect;
export type NewsRevision = typeof newsRevisions.$inferSelect;
export type { CountryGroup, NewsType, StructureKind, TaxonomyKind } from '../lib/enums';
