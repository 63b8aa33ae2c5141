import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Role } from '@/lib/permissions';
import { getDb, type Database } from '../index';
import { users, userSessions } from '../schema';

// User rows for callers that act before anyone is signed in or outside the web app: sign-in, the
// per-request session check, the demo seed and `npm run user:create`. Pages and server actions use
// users.ts instead, which checks the acting user's role in every function.

const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  roles: users.roles,
  disabled: users.disabled,
  sessionVersion: users.sessionVersion,
};

export type AccountRow = { id: number; email: string; name: string; roles: Role[]; disabled: boolean; sessionVersion: number };
export type SessionAccountRow = AccountRow & { sessionOpen: boolean };

/** The row that sign-in checks, password hash included. Emails are stored lower-cased. */
export async function findAccountForSignIn(email: string, db: Database = getDb()) {
  const [row] = await db
    .select({ ...accountColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** The account behind a session token, read on every editorial request, with whether that session is still open. */
export async function findSessionAccount(userId: number, sessionId: string, db: Database = getDb()): Promise<SessionAccountRow | null> {
  const open = and(
    eq(userSessions.id, sessionId),
    eq(userSessions.userId, users.id),
    isNull(userSessions.endedAt),
    gt(userSessions.expiresAt, sql`now()`),
  );
  const [row] = await db
    .select({ ...accountColumns, sessionOpen: sql<boolean>`${userSessions.id} is not null` })
    .from(users)
    .leftJoin(userSessions, open)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}
