import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
// Only read inside the lazy foreign-key callback, so the import cycle with schema.ts is harmless.
import { users } from './schema';

/**
 * One row per sign-in. The session cookie names its row; signing out ends that row, so a copied cookie stops
 * working at once, while the user's sessions in other browsers go on (sessionVersion ends them all).
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (table) => [index('user_sessions_user_idx').on(table.userId), index('user_sessions_expires_idx').on(table.expiresAt)],
);

/** Sign-in attempts per account and per client address (rate-limiter-flexible's Drizzle store). */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  points: integer('points').notNull(),
  expire: timestamp('expire', { withTimezone: true }),
});
