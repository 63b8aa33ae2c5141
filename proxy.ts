import NextAuth from 'next-auth';
import type { NextFetchEvent, NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/auth.config';

const { auth } = NextAuth(authConfig);
const checkSession = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

// Sends anonymous visitors of the workspace to /login. Only a first gate: every editorial page and server
// action checks the session against the database itself (lib/auth/session.ts).
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const response = await checkSession(request, event);
  // Auth.js would re-issue the session cookie on every request it checks. Link prefetches still in flight
  // when "Sign out" deletes the cookie would then set it again. Dropping those cookies also makes the
  // session last a fixed time from sign-in (session.maxAge) instead of sliding.
  response.headers.delete('set-cookie');
  return response;
}

export const config = { matcher: ['/editor/:path*'] };
