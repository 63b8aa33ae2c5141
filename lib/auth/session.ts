import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { can, type Action } from '@/lib/permissions';
import { auth } from './auth';
import { safeNextPath } from './next-path';
import { claimsFromSession, resolveSessionUser, type SessionUser } from './session-user';

// The server-side session check behind every editorial page and action. It reads cookies and the database,
// so it must never run inside a 'use cache' scope.

export type { SessionUser };

/** The signed-in user, checked against the database once per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return resolveSessionUser(claimsFromSession(session));
});

/**
 * For pages and layouts: the signed-in user, or a redirect to /login (coming back here afterwards); a user whose
 * roles do not allow `action` gets the 403 page.
 */
export async function requireUser(action?: Action): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    // proxy.ts passes the requested path on; pages cannot read their own URL otherwise.
    const requested = safeNextPath((await headers()).get('x-request-path'));
    redirect(`/login?next=${encodeURIComponent(requested)}`);
  }
  if (action && !can(user.roles, action)) forbidden();
  return user;
}

export type AuthorizeResult = { ok: true; user: SessionUser } | { ok: false; status: 'forbidden'; message: string };

/** For server actions: never redirects, answers with a sentence the form can show. */
export async function authorize(action: Action): Promise<AuthorizeResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, status: 'forbidden', message: 'Your session has ended. Sign in again.' };
  if (!can(user.roles, action)) return { ok: false, status: 'forbidden', message: 'You are not allowed to do this.' };
  return { ok: true, user };
}
