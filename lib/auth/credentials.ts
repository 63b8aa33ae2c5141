import 'server-only';
import { findAccountForSignIn } from '@/db/queries/accounts';
import { startSession } from '@/db/queries/sessions';
import { getDb, type Database } from '@/db/index';
import { signInSchema } from '@/lib/validation/auth';
import { WORKSPACE_SESSION_SECONDS } from './auth.config';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password';
import { defaultThrottleLimits, signInThrottleFor, type ThrottleLimits } from './throttle';

/** What Auth.js keeps in the token: the user's id, the session row of this sign-in and the session version. */
export interface AuthorizedUser {
  id: string;
  email: string;
  name: string;
  sessionId: string;
  sessionVersion: number;
}

/**
 * The Credentials provider's `authorize`. Every failure returns null, which the login page turns into one
 * generic message: wrong password, unknown email, disabled account and throttled attempts look alike, and a
 * missing or disabled account still costs one argon2 verification.
 */
export async function authorizeCredentials(
  input: unknown,
  address: string,
  db: Database = getDb(),
  limits: ThrottleLimits = defaultThrottleLimits,
): Promise<AuthorizedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const throttle = signInThrottleFor(db, limits);
  if (!(await throttle.allow(email, address))) return null;

  const account = await findAccountForSignIn(email, db);
  const usable = account !== null && !account.disabled;
  const passwordOk = await verifyPassword(usable ? account.passwordHash : DUMMY_PASSWORD_HASH, password);
  if (!usable || !passwordOk) return null;

  await throttle.succeeded(email, address);
  const sessionId = await startSession(account.id, WORKSPACE_SESSION_SECONDS, db);
  return { id: String(account.id), email: account.email, name: account.name, sessionId, sessionVersion: account.sessionVersion };
}
