import type { NextAuthConfig, Session } from 'next-auth';
import { NextResponse } from 'next/server';

// The part of the Auth.js configuration that proxy.ts runs: no database, no password hashing. It only tells
// a signed token from none; the full check (account still enabled, session version current, roles) happens
// in lib/auth/session.ts on every editorial page and action.

/** How long a sign-in lasts: the cookie's lifetime and its session row's (lib/auth/credentials.ts). */
export const WORKSPACE_SESSION_SECONDS = 12 * 60 * 60;

function isWorkspacePath(pathname: string): boolean {
  return pathname === '/editor' || pathname.startsWith('/editor/');
}

/** The path and query a person asked for, without the router's internal `_rsc` parameter. */
export function requestedPath(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.delete('_rsc');
  const query = search.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: WORKSPACE_SESSION_SECONDS },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      if (!isWorkspacePath(request.nextUrl.pathname)) return true;
      if (!auth?.user) {
        const login = new URL('/login', request.nextUrl);
        login.searchParams.set('next', requestedPath(request.nextUrl));
        return NextResponse.redirect(login);
      }
      // proxy.ts goes on to add the requested path and the page's security policy.
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { sessionId?: unknown; sessionVersion?: unknown };
        token.uid = Number(user.id);
        token.sid = signedIn.sessionId;
        token.sv = signedIn.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: String(token.uid) },
        sessionId: token.sid,
        sessionVersion: token.sv,
      } as Session;
    },
  },
} satisfies NextAuthConfig;
