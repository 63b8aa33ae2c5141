// Events (meetings and conferences): a kind of content on the editorial engine (db/workflow/event.ts).
import { sql, type SQL } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { eventStatuses } from '../lib/enums';
import { richText, tsvector } from './columns';
import { revisionColumns, workflowColumns } from './schema-content';
// Only read inside lazy foreign-key callbacks, so the import cycle with schema.ts is harmless.
import { countries, meetingSeries } from './schema';

export const eventStatus = pgEnum('event_status', eventStatuses);

/** What an event's form holds, shared by the live row and its revisions. Terms are id arrays, in the editor's order. */
const eventContent = () => ({
  slug: text('slug').notNull(),
  title: text('title').notNull(),
  lead: text('lead').notNull().default(''),
  body: richText('body'),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  /** IANA zone of the venue: dates are shown and exported at the local time of the place. */
  timeZone: text('time_zone').notNull(),
  venue: text('venue').notNull().default(''),
  city: text('city').notNull().default(''),
  countryId: integer('country_id').references(() => countries.id, { onDelete: 'restrict' }),
  online: boolean('online').notNull().default(false),
  seriesId: integer('series_id').references(() => meetingSeries.id, { onDelete: 'restrict' }),
  eventStatus: eventStatus('event_status').notNull().default('scheduled'),
  structureIds: integer('structure_ids').array().notNull().default(sql`'{}'`),
  fieldIds: integer('field_ids').array().notNull().default(sql`'{}'`),
  publicationIds: integer('publication_ids').array().notNull().default(sql`'{}'`),
});

export const events = pgTable(
  'events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ...eventContent(),
    slug: text('slug').notNull().unique(),
    ...workflowColumns(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', ${events.title}), 'A') || setweight(to_tsvector('english', ${events.lead} || ' ' || ${events.venue} || ' ' || ${events.city}), 'B') || setweight(to_tsvector('english', rich_text_plain(${events.body})), 'C')`,
      ),
  },
  (t) => [
    index('events_public_order_idx').on(t.startsAt, t.id).where(sql`${t.publishedAt} is not null`),
    index('events_series_idx').on(t.seriesId, t.startsAt),
    index('events_structures_idx').using('gin', t.structureIds),
    index('events_fields_idx').using('gin', t.fieldIds),
    index('events_search_idx').using('gin', t.search),
    index('events_scheduled_idx').on(t.publishAt).where(sql`${t.status} = 'scheduled'`),
  ],
);

/** Every save of an event's working copy. */
export const eventRevisions = pgTable(
  'event_revisions',
  {
    ...revisionColumns(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    ...eventContent(),
  },
  (t) => [uniqueIndex('event_revisions_item_number_idx').on(t.eventId, t.number)],
);
