import { customType, jsonb, timestamp } from 'drizzle-orm/pg-core';
import type { RichTextDoc } from '../lib/rich-text/types';

// Column types shared by the schema files.

export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/** A full transaction id (`xid8`), as text: it exceeds 2^53 in a long-lived database. */
export const xid8 = customType<{ data: string }>({
  dataType: () => 'xid8',
});

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** A rich-text body (lib/rich-text/types.ts); `rich_text_plain()` (migration 0005) gives its words to the search index. */
export const richText = (name: string) => jsonb(name).$type<RichTextDoc>().notNull().default({ type: 'doc', content: [] });

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
