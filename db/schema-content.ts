// Tables the editorial engine keeps for every kind of content alike: each row names its kind and item.
import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { contentKinds } from '../lib/content-kinds';
import { commentPurposes, statuses } from '../lib/workflow';
// Only read inside the lazy foreign-key callback, so the import cycle with schema.ts is harmless.
import { users } from './schema';

export const contentKind = pgEnum('content_kind', contentKinds);
export const commentPurpose = pgEnum('comment_purpose', commentPurposes);

/** State of an item's working copy (DESIGN.md section 3). The public site never reads it. */
export const workflowStatus = pgEnum('workflow_status', statuses);

/**
 * The workflow's columns on a kind's live table (db/workflow/kind.ts): its content columns hold the published
 * version, `publishedAt` null means not public.
 */
export const workflowColumns = () => ({
  status: workflowStatus('status').notNull().default('draft'),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  /** Number of the latest revision (the working copy); a save from an older number is a conflict. */
  version: integer('version').notNull().default(1),
  /** Revision number that the live columns hold; null while never published. */
  publishedRevision: integer('published_revision'),
  /** When a scheduled approval goes live ("Publish at"). */
  publishAt: timestamp('publish_at', { withTimezone: true }),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The columns every revision table has besides its item and the kind's content. */
export const revisionColumns = () => ({
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  number: integer('number').notNull(),
  publishAt: timestamp('publish_at', { withTimezone: true }),
  authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The comment thread of an item; a "Request changes" comment is part of it, so its author sees it. */
export const contentComments = pgTable(
  'content_comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: contentKind('kind').notNull(),
    itemId: integer('item_id').notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    purpose: commentPurpose('purpose').notNull().default('comment'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('content_comments_item_idx').on(t.kind, t.itemId, t.createdAt)],
);

/** Slugs a published item answered to before; they redirect (301) to its current one. */
export const contentSlugRedirects = pgTable(
  'content_slug_redirects',
  {
    kind: contentKind('kind').notNull(),
    slug: text('slug').notNull(),
    itemId: integer('item_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.slug] }), index('content_slug_redirects_item_idx').on(t.kind, t.itemId)],
);

/** Who has an item open in the workspace right now (heartbeats), so that two people know of each other. */
export const contentPresence = pgTable(
  'content_presence',
  {
    kind: contentKind('kind').notNull(),
    itemId: integer('item_id').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.itemId, t.userId] })],
);
