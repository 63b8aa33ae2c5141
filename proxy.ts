import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig, requestedPath } from '@/lib/auth/auth.config';
import { requestOrigin } from '@/lib/request-origin';
import { workspaceContentSecurityPolicy, workspacePathPattern } from '@/lib/security-headers.mjs';

const { auth } = NextAuth(authConfig);

// The workspace and login pages: anonymous visitors of /editor/** are sent to /login by authConfig's
// `authorized` callback, then this adds the path and a fresh nonce policy. Only a first gate: every editorial
// page and server action checks the session against the database itself (lib/auth/session.ts).
const workspace = auth((request) => {
  const nonce = btoa(crypto.randomUUID());
  const policy = workspaceContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  // Next.js reads the nonce from this request header and puts it on its own scripts.
  headers.set('content-security-policy', policy);
  // Pages cannot read their own URL; requireUser() needs it to send an ended session back to /login?next=…
  headers.set('x-request-path', requestedPath(request.nextUrl));
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  response.headers.set('X-Frame-Options', 'DENY');
  return response;
}) as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  // A form or server action posted from another site. Next.js refuses those too, but answers 500 with a logged
  // stack; this answers 403 before any of the app runs. A request without Origin passes, as in Next.js: browsers
  // send one with every POST, so only hand-made requests lack it, and those carry no one's cookies but their own.
  if (request.method === 'POST' && requestOrigin(request.headers) === 'foreign') {
    return new NextResponse('This form was sent from another site and has been refused.', { status: 403 });
  }
  if (!workspacePathPattern.test(request.nextUrl.pathname)) return NextResponse.next();
  const response = await workspace(request, event);
  // Auth.js would re-issue the session cookie on every request it checks. Link prefetches still in flight
  // when "Sign out" deletes the cookie would then set it again. Dropping those cookies also makes the
  // session last a fixed time from sign-in (session.maxAge) instead of sliding.
  response.headers.delete('set-cookie');
  return response;
}

export const config = {
  matcher: [
    // Not the upload route: the proxy would buffer its 10 MB bodies before the route's queue could hold them
    // back. The route checks the session and the origin itself.
    '/editor',
    '/editor/((?!media/upload$).*)',
    '/login',
    // Server actions and form posts anywhere, for the origin check.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    {
      source: '/((?!editor/media/upload$).*)',
      has: [{ type: 'header', key: 'content-type', value: '(?:multipart/form-data|application/x-www-form-urlencoded).*' }],
    },
  ],
};
