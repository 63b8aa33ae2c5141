import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { endSession } from '@/db/queries/sessions';
import { authorizeCredentials } from './credentials';
import { clientAddress } from './throttle';

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      authorize: (credentials, request) => authorizeCredentials(credentials, clientAddress(request?.headers)),
    }),
  ],
  events: {
    // Auth.js's own sign-out route (/api/auth/signout) ends the session row too, not only the cookie.
    async signOut(message) {
      const sessionId = 'token' in message ? message.token?.sid : undefined;
      if (typeof sessionId === 'string') await endSession(sessionId);
    },
  },
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === 'CredentialsSignin') return;
      console.error(error);
    },
  },
});
