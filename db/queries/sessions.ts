import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { getDb, type Database } from '../index';
import { userSessions } from '../schema';

// Sign-in sessions (one row per sign-in). The session cookie carries the row's id; the per-request check in
// accounts.ts reads it together with the user, so an ended session fails on its very next request.

/** Opens a session for a user who has just proved their password; returns the id the cookie will carry. */
export async function startSession(userId: number, lifetimeSeconds: number, db: Database = getDb()): Promise<string> {
  const id = randomBytes(24).toString('base64url');
  const now = Date.now();
  // Expired rows are of no further use; clearing the user's own on each sign-in keeps the table small.
  await db.delete(userSessions).where(and(eq(userSessions.userId, userId), lt(userSessions.expiresAt, new Date(now))));
  await db.insert(userSessions).values({ id, userId, expiresAt: new Date(now + lifetimeSeconds * 1000) });
  return id;
}

/** Ends one session (sign-out). Ending an unknown or already ended session changes nothing. */
export async function endSession(sessionId: string, db: Database = getDb()): Promise<void> {
  await db
    .update(userSessions)
    .set({ endedAt: new Date() })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}
