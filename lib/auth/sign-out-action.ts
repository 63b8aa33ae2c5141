'use server';

import { redirect } from 'next/navigation';
import { endSession } from '@/db/queries/sessions';
import { auth, signOut } from './auth';
import { claimsFromSession } from './session-user';

/**
 * Ends this browser's session on the server (its session row), then deletes the cookie, so that a copy of the
 * cookie is refused from now on. The user's sessions in other browsers go on. A database failure stops here,
 * with the cookie still in place, rather than pretend the session ended.
 */
export async function signOutAction(): Promise<void> {
  const claims = claimsFromSession(await auth());
  if (claims) await endSession(claims.sessionId);
  await signOut({ redirect: false });
  redirect('/login?notice=signed-out');
}
