import { findSessionAccount, type SessionAccountRow } from '@/db/queries/accounts';
import { getDb, type Database } from '@/db/index';
import type { Role } from '@/lib/permissions';

// Framework-free half of the session check, so that tests can run it without a request.

export type SessionUser = { id: number; email: string; name: string; roles: Role[] };

/** What a verified session token claims: whose it is, which sign-in it belongs to and the version it was issued for. */
export interface SessionClaims {
  userId: number;
  sessionId: string;
  sessionVersion: number;
}

/** Reads the claims from Auth.js's session object; null for anything malformed. */
export function claimsFromSession(session: unknown): SessionClaims | null {
  if (!session || typeof session !== 'object') return null;
  const { user, sessionId, sessionVersion } = session as { user?: { id?: unknown }; sessionId?: unknown; sessionVersion?: unknown };
  const userId = Number(user?.id);
  if (!Number.isSafeInteger(userId) || userId <= 0) return null;
  if (typeof sessionId !== 'string' || sessionId.length === 0 || sessionId.length > 64) return null;
  if (typeof sessionVersion !== 'number' || !Number.isSafeInteger(sessionVersion)) return null;
  return { userId, sessionId, sessionVersion };
}

/**
 * The user the token stands for, or null when the account is gone or disabled, its session was ended (signed
 * out) or expired, or its session version has moved on (roles removed, password changed or reset): an old
 * token stops working on its next request.
 */
export function sessionUserFromRow(claims: SessionClaims, row: SessionAccountRow | null): SessionUser | null {
  if (!row || row.id !== claims.userId || row.disabled || !row.sessionOpen) return null;
  if (row.sessionVersion !== claims.sessionVersion) return null;
  return { id: row.id, email: row.email, name: row.name, roles: [...row.roles] };
}

export async function resolveSessionUser(claims: SessionClaims | null, db: Database = getDb()): Promise<SessionUser | null> {
  if (!claims) return null;
  return sessionUserFromRow(claims, await findSessionAccount(claims.userId, claims.sessionId, db));
}
